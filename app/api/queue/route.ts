import { withHandler } from "@/lib/api/with-handler";
import { getQueue } from "@/lib/annotation/get-queue";
import { queueQuerySchema } from "@/lib/annotation/types";

// GET /api/queue – claim and return the next items to annotate, with their prediction and context (annotator)
export const GET = withHandler(
  { route: "/api/queue", access: ["annotator"], query: queueQuerySchema },
  async ({ query, user }) => getQueue({ annotatorId: user.id, query }),
);
