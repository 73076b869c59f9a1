import { withHandler } from "@/lib/api/with-handler";
import { saveCorrection } from "@/lib/annotation/save-correction";
import { correctionBodySchema } from "@/lib/annotation/types";

// POST /api/corrections – answer an item; 201 first answer, 200 changed or identical repeat, 409 claimed or full
// (annotator)
export const POST = withHandler(
  { route: "/api/corrections", access: ["annotator"], body: correctionBodySchema },
  async ({ body, user }) => {
    const saved = await saveCorrection({ annotatorId: user.id, body });
    return Response.json(saved, { status: saved.outcome === "created" ? 201 : 200 });
  },
);
