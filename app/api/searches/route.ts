import { withHandler } from "@/lib/api/with-handler";
import { createSearchBodySchema, listSearchesQuerySchema } from "@/lib/schemas/search";
import { getSearch } from "@/lib/searches/get-search";
import { listSearches } from "@/lib/searches/list-searches";
import { startSearch } from "@/lib/searches/start-search";

// GET /api/searches – searches, newest first, paginated (analyst)
export const GET = withHandler(
  { route: "/api/searches", access: ["analyst"], query: listSearchesQuerySchema },
  async ({ query }) => listSearches(query),
);

// POST /api/searches – start a keyword search; 201 new, 202 already running, 200 fresh cached result (analyst)
export const POST = withHandler(
  { route: "/api/searches", access: ["analyst"], body: createSearchBodySchema, rateLimit: { max: 120, windowSeconds: 60 } },
  async ({ body, user }) => {
    const started = await startSearch({ body, userId: user.id });
    // A duplicate may arrive before the winner has written its row: it gets the id only, as promised.
    if (started.outcome === "running") {
      return Response.json({ status: "queued", searchId: started.searchId, outcome: "running" }, { status: 202 });
    }
    const search = await getSearch({ id: started.searchId });
    const status = started.outcome === "created" ? 201 : 200;
    const answer = started.outcome === "cached" ? "cached" : search.status;
    return Response.json({ status: answer, searchId: search.id, outcome: started.outcome, search }, { status });
  },
);
