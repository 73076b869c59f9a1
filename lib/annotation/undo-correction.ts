import { AppError, notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { claimItems } from "@/lib/annotation/claim-items";
import { lockItem } from "@/lib/annotation/lock-item";
import { recomputeItemLabel } from "@/lib/annotation/recompute-item-label";
import { toAnswer } from "@/lib/annotation/to-answer";
import type { UndoCorrectionResponse } from "@/lib/annotation/types";

/**
 * Withdraws an annotator's answer: deletes the live correction, appends an "undo" event (the history keeps every
 * earlier event) and recomputes the item's verdict. The item is claimed for them again, since the screen goes back
 * to it.
 */
export async function undoCorrection(options: { annotatorId: string; itemId: string }): Promise<UndoCorrectionResponse> {
  const { annotatorId, itemId } = options;
  const result = await prisma.$transaction(async (tx) => {
    if (!(await lockItem(tx, itemId))) throw notFound("Item");
    const where = { itemId_annotatorId: { itemId, annotatorId } };
    const existing = await tx.correction.findUnique({ where });
    if (!existing) throw new AppError(404, "not_found", "You have no answer on this item to undo.");
    await tx.correction.delete({ where });
    // The withdrawn answer's context is kept; its label is not, so no reader takes an undo for an answer.
    await tx.correctionEvent.create({
      data: {
        itemId,
        annotatorId,
        action: "undo",
        modelLabel: existing.modelLabel,
        predictionId: existing.predictionId,
        modelConfidence: existing.modelConfidence,
        searchId: existing.searchId,
      },
    });
    return { undone: toAnswer(existing), verdict: await recomputeItemLabel(tx, itemId) };
  });
  const claimed = (await claimItems({ annotatorId, itemIds: [itemId] })).length === 1;
  return { ...result, claimed };
}
