import { withHandler } from "@/lib/api/with-handler";
import { getResultScope } from "@/lib/results/get-result-scope";
import { listResultItems } from "@/lib/results/list-result-items";
import { itemsQuerySchema } from "@/lib/schemas/results";

// GET /api/searches/:id/items – the search's items, filtered, newest first, keyset-paginated (analyst)
export const GET = withHandler(
  { route: "/api/searches/[id]/items", access: ["analyst"], query: itemsQuerySchema },
  async ({ params, query: { cursor, limit, ...filter } }) => {
    const scope = await getResultScope({ searchId: params.id! });
    return listResultItems({ searchId: scope.searchId, model: scope.model, filter, cursor, limit });
  },
);
