import { withHandler } from "@/lib/api/with-handler";
import { listDisagreements } from "@/lib/annotation/list-disagreements";
import { disagreementsQuerySchema } from "@/lib/annotation/types";

// GET /api/disagreements – items whose answers differ, with every answer; unsettled first (admin)
export const GET = withHandler(
  { route: "/api/disagreements", access: ["admin"], query: disagreementsQuerySchema },
  async ({ query }) => listDisagreements(query),
);
