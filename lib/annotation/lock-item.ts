import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks one item's row until the transaction ends, serializing every writer of its answers (the overlap check and
 * the verdict must see each other's writes). FOR NO KEY UPDATE does not block inserts referencing the item.
 * Returns false when the item does not exist.
 */
export async function lockItem(tx: Prisma.TransactionClient, itemId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM reddit_items WHERE id = ${itemId} FOR NO KEY UPDATE`;
  return rows.length === 1;
}
