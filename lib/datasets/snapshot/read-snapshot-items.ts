import { Prisma } from "@/lib/generated/prisma/client";
import type { PlacedItem, SplitCandidate } from "@/lib/datasets/assign-splits";

// What a version's split assignment needs, read inside the snapshot transaction: each candidate's key, label and
// the two keys that group it. A thread is the post an item belongs to (a comment's link_id, a post's own id), so a
// post and its comments share one key. The rest of a row (source, answers, the model's label) is copied by SQL when
// the version's rows are written (write-snapshot-rows.ts), under the same conditions, so it never passes through
// Node: 100,000 full rows read and sent back cost ~250 MB of heap.

type Model = { modelId: string; modelVersion: string } | null;

/** The human-labelled items: settled, majority or single answer (ItemLabel already ranks them); no ties or off-topic. */
export const HUMAN_ITEMS_WHERE = Prisma.sql`il.label IS NOT NULL AND NOT il.tie AND NOT il.off_topic`;

export function readLabelledItems(tx: Prisma.TransactionClient) {
  return tx.$queryRaw<SplitCandidate[]>`
    SELECT il.item_id AS "itemId", il.label::text AS label, ri.text_hash AS "textHash", COALESCE(ri.link_id, ri.id) AS "threadKey"
      FROM item_labels il JOIN reddit_items ri ON ri.id = il.item_id
     WHERE ${HUMAN_ITEMS_WHERE}`;
}

/** The current model's confident labels on items no human answered (skips are no answer), marked silver. */
export function silverItemsWhere(options: { model: NonNullable<Model>; minConfidence: number }) {
  return Prisma.sql`p.model_id = ${options.model.modelId} AND p.model_version = ${options.model.modelVersion}
       AND p.confidence >= ${options.minConfidence}
       AND NOT EXISTS (SELECT 1 FROM item_labels il WHERE il.item_id = p.item_id)`;
}

export function readSilverItems(tx: Prisma.TransactionClient, options: { model: NonNullable<Model>; minConfidence: number }) {
  return tx.$queryRaw<SplitCandidate[]>`
    SELECT p.item_id AS "itemId", p.label::text AS label, ri.text_hash AS "textHash", COALESCE(ri.link_id, ri.id) AS "threadKey"
      FROM predictions p JOIN reddit_items ri ON ri.id = p.item_id
     WHERE ${silverItemsWhere(options)}`;
}

/** Every item an earlier version placed, with the keys that group it. */
export function readPlacedItems(tx: Prisma.TransactionClient) {
  return tx.$queryRaw<PlacedItem[]>`
    SELECT s.item_id AS "itemId", s.split::text AS split, s.group_key AS "groupKey",
           ri.text_hash AS "textHash", COALESCE(ri.link_id, ri.id) AS "threadKey"
      FROM item_splits s JOIN reddit_items ri ON ri.id = s.item_id`;
}

/** Ties and off-topic verdicts, left out of every version and counted in its stats. */
export async function countLeftOut(tx: Prisma.TransactionClient): Promise<{ ties: number; offTopic: number }> {
  const [row] = await tx.$queryRaw<{ ties: number; offTopic: number }[]>`
    SELECT count(*) FILTER (WHERE tie)::int AS ties, count(*) FILTER (WHERE off_topic)::int AS "offTopic" FROM item_labels`;
  return row!;
}
