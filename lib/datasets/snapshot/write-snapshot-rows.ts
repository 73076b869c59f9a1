import type { Prisma } from "@/lib/generated/prisma/client";
import type { SplitAssignment } from "@/lib/datasets/assign-splits";
import type { SnapshotItem } from "@/lib/datasets/snapshot/read-snapshot-items";

// Bulk writes of the snapshot transaction: one statement per chunk of rows (arrays unnested in SQL), so 100,000 items
// take a few statements instead of 100,000 round trips.

const CHUNK = 10_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) out.push(rows.slice(start, start + CHUNK));
  return out;
}

/** First placements: an item's split is fixed from its first version on (a row that exists already is kept). */
export async function insertItemSplits(
  tx: Prisma.TransactionClient,
  options: { version: number; placements: Array<{ itemId: string } & SplitAssignment> },
) {
  for (const part of chunks(options.placements)) {
    await tx.$executeRaw`
      INSERT INTO item_splits (item_id, split, group_key, first_version)
      SELECT item_id, split::"Split", group_key, ${options.version}
        FROM unnest(${part.map((p) => p.itemId)}::text[], ${part.map((p) => p.split)}::text[], ${part.map((p) => p.groupKey)}::text[])
             AS t(item_id, split, group_key)
      ON CONFLICT (item_id) DO NOTHING`;
  }
}

/** The version's items with their split and label, and what the files say about them. */
export async function insertDatasetItems(
  tx: Prisma.TransactionClient,
  options: { datasetId: string; rows: Array<SnapshotItem & { split: string }> },
) {
  for (const part of chunks(options.rows)) {
    await tx.$executeRaw`
      INSERT INTO dataset_items (dataset_id, item_id, split, label, label_source, model_label, model_confidence, annotators, agreement)
      SELECT ${options.datasetId}, item_id, split::"Split", label::"Sentiment", label_source, model_label::"Sentiment",
             model_confidence, annotators, agreement
        FROM unnest(
               ${part.map((r) => r.itemId)}::text[], ${part.map((r) => r.split)}::text[], ${part.map((r) => r.label)}::text[],
               ${part.map((r) => r.source)}::text[], ${part.map((r) => r.modelLabel)}::text[],
               ${part.map((r) => r.modelConfidence)}::float8[], ${part.map((r) => r.answers)}::int[],
               ${part.map((r) => r.agreement)}::float8[]
             ) AS t(item_id, split, label, label_source, model_label, model_confidence, annotators, agreement)`;
  }
}
