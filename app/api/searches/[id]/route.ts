import { withHandler } from "@/lib/api/with-handler";
import { cancelSearch } from "@/lib/searches/cancel-search";
import { getSearch } from "@/lib/searches/get-search";

// GET /api/searches/:id – status, progress counts, timings, errors (analyst); polled, so briefly cached
export const GET = withHandler({ route: "/api/searches/[id]", access: ["analyst"] }, async ({ params }) =>
  getSearch({ id: params.id!, cached: true }),
);

// DELETE /api/searches/:id – cancel a running search (the analyst who started it, or an admin)
export const DELETE = withHandler({ route: "/api/searches/[id]", access: ["analyst"] }, async ({ params, user }) =>
  cancelSearch({ id: params.id!, user }),
);
