import { withHandler } from "@/lib/api/with-handler";
import { getGuidelines } from "@/lib/settings/get-guidelines";

// GET /api/guidelines – the annotation guidelines as Markdown (annotator)
export const GET = withHandler({ route: "/api/guidelines", access: ["annotator"] }, async () => getGuidelines());
