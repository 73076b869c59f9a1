import { notFound } from "@/lib/api/errors";
import { withHandler } from "@/lib/api/with-handler";
import { undoCorrection } from "@/lib/annotation/undo-correction";

// DELETE /api/corrections/:itemId – undo my answer on an item; the history keeps it (annotator)
export const DELETE = withHandler(
  { route: "/api/corrections/[itemId]", access: ["annotator"] },
  async ({ params, user }) => {
    if (!params.itemId) throw notFound("Item");
    return undoCorrection({ annotatorId: user.id, itemId: params.itemId });
  },
);
