import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlacedItem, SplitCandidate } from "@/lib/datasets/assign-splits";
import type { LabelName, LabelSourceName } from "@/lib/datasets/types";

// The rows a version is built from, read inside the snapshot transaction. A thread is the post an item belongs to
// (a comment's link_id, a post's own id), so a post and its comments share one key.

export type SnapshotItem = SplitCandidate & {
  source: LabelSourceName;
  answers: number;
  agreement: number | null;
  modelLabel: LabelName | null;
  modelConfidence: number | null;
};

type Model = { modelId: string; modelVersion: string } | null;

/** Every item with a human label: settled, majority or single answer (ItemLabel already ranks them); no ties or off-topic. */
export function readLabelledItems(tx: Prisma.TransactionClient, model: Model) {
  return tx.$queryRaw<SnapshotItem[]>`
    SELECT il.item_id AS "itemId", il.label::text AS label, il.source::text AS source, il.answers, il.agreement,
           ri.text_hash AS "textHash", COALESCE(ri.link_id, ri.id) AS "threadKey",
           p.label::text AS "modelLabel", p.confidence AS "modelConfidence"
      FROM item_labels il
      JOIN reddit_items ri ON ri.id = il.item_id
      LEFT JOIN predictions p ON p.item_id = il.item_id AND p.model_id = ${model?.modelId ?? ""} AND p.model_version = ${model?.modelVersion ?? ""}
     WHERE il.label IS NOT NULL AND NOT il.tie AND NOT il.off_topic`;
}

/** The current model's confident labels on items no human answered (skips are no answer), marked silver. */
export function readSilverItems(tx: Prisma.TransactionClient, options: { model: NonNullable<Model>; minConfidence: number }) {
  return tx.$queryRaw<SnapshotItem[]>`
    SELECT p.item_id AS "itemId", p.label::text AS label, 'silver' AS source, 0 AS answers, NULL::float8 AS agreement,
           ri.text_hash AS "textHash", COALESCE(ri.link_id, ri.id) AS "threadKey",
           p.label::text AS "modelLabel", p.confidence AS "modelConfidence"
      FROM predictions p
      JOIN reddit_items ri ON ri.id = p.item_id
     WHERE p.model_id = ${options.model.modelId} AND p.model_version = ${options.model.modelVersion}
       AND p.confidence >= ${options.minConfidence}
       AND NOT EXISTS (SELECT 1 FROM item_labels il WHERE il.item_id = p.item_id)`;
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
