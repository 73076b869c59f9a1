import type { Prisma } from "@/lib/generated/prisma/client";
import { EMPTY_VERDICT } from "@/lib/annotation/recompute-item-label";
import type { ItemVerdict } from "@/lib/annotation/types";

/** An item's stored verdict (its ItemLabel row), or the empty verdict when nobody answered it. */
export async function readVerdict(db: Prisma.TransactionClient, itemId: string): Promise<ItemVerdict> {
  const row = await db.itemLabel.findUnique({ where: { itemId } });
  if (!row) return EMPTY_VERDICT;
  const { label, offTopic, tie, disagreement, source, answers, agreement } = row;
  return { label, offTopic, tie, disagreement, source, answers, agreement };
}
