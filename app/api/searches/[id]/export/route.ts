import { withHandler } from "@/lib/api/with-handler";
import { EXPORT_CONTENT_TYPES, exportFileName, exportResultItems } from "@/lib/results/export-result-items";
import { getResultScope } from "@/lib/results/get-result-scope";
import { exportQuerySchema } from "@/lib/schemas/results";

// GET /api/searches/:id/export?format=csv|jsonl – the filtered items as a streamed file download (analyst)
export const GET = withHandler(
  { route: "/api/searches/[id]/export", access: ["analyst"], query: exportQuerySchema },
  async ({ params, query: { format, ...filter } }) => {
    const scope = await getResultScope({ searchId: params.id! });
    return new Response(exportResultItems({ scope, filter, format }), {
      headers: {
        "content-type": EXPORT_CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="${exportFileName(scope, format)}"`,
        "cache-control": "no-store",
      },
    });
  },
);
