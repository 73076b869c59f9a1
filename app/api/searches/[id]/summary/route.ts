import { withHandler } from "@/lib/api/with-handler";
import { getResultScope } from "@/lib/results/get-result-scope";
import { getSearchSummary } from "@/lib/results/get-search-summary";
import { summaryQuerySchema } from "@/lib/schemas/results";

// GET /api/searches/:id/summary – label counts, human answers, corrected shares, over time, by subreddit (analyst)
export const GET = withHandler(
  { route: "/api/searches/[id]/summary", access: ["analyst"], query: summaryQuerySchema },
  async ({ params, query: { bucket, ...filter } }) => {
    const scope = await getResultScope({ searchId: params.id! });
    return getSearchSummary({ scope, filter, bucket });
  },
);
