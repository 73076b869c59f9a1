import type { Prisma } from "@/lib/generated/prisma/client";
import { computeVerdict } from "@/lib/annotation/compute-verdict";
import type { ItemVerdict } from "@/lib/annotation/types";

export const EMPTY_VERDICT: ItemVerdict = {
  label: null,
  offTopic: false,
  tie: false,
  disagreement: false,
  source: null,
  answers: 0,
  agreement: null,
};

/**
 * Rewrites an item's ItemLabel row from its live corrections and settlement. Call it inside the transaction that
 * changed them, after locking the item (lockItem), so concurrent writers cannot interleave. An item left with no
 * answer and no settlement loses its row.
 */
export async function recomputeItemLabel(tx: Prisma.TransactionClient, itemId: string): Promise<ItemVerdict> {
  const [answers, settlement] = await Promise.all([
    tx.correction.findMany({ where: { itemId }, select: { action: true, label: true } }),
    tx.itemResolution.findUnique({ where: { itemId }, select: { action: true, label: true } }),
  ]);
  // "undo" only exists in the history table and a settlement is never a skip; the narrowing just says so.
  const verdict = computeVerdict({
    answers: answers.flatMap((a) => (a.action === "undo" ? [] : [{ action: a.action, label: a.label }])),
    settlement:
      settlement && (settlement.action === "label" || settlement.action === "off_topic")
        ? { action: settlement.action, label: settlement.label }
        : null,
  });
  if (!verdict) {
    await tx.itemLabel.deleteMany({ where: { itemId } });
    return EMPTY_VERDICT;
  }
  await tx.itemLabel.upsert({ where: { itemId }, create: { itemId, ...verdict }, update: verdict });
  return verdict;
}
