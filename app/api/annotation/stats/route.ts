import { withHandler } from "@/lib/api/with-handler";
import { getAnnotationStats } from "@/lib/annotation/get-annotation-stats";

// GET /api/annotation/stats – my answers, agreement with the model and pace; for an admin also every annotator and
// the agreement between annotators (annotator)
export const GET = withHandler(
  { route: "/api/annotation/stats", access: ["annotator"] },
  async ({ user }) => getAnnotationStats({ userId: user.id, isAdmin: user.role === "admin" }),
);
