import type { Prisma } from "@/lib/generated/prisma/client";
import type { SplitAssignment } from "@/lib/datasets/assign-splits";
import { HUMAN_ITEMS_WHERE, silverItemsWhere } from "@/lib/datasets/snapshot/read-snapshot-items";

type Model = { modelId: string; modelVersion: string } | null;

// Writes of the snapshot transaction: new placements one statement per chunk of rows (arrays unnested in SQL), so
// 100,000 items take a few statements instead of 100,000 round trips; the version's rows in two INSERT … SELECTs.

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

/**
 * The version's rows: every candidate that has a split (placed before, or by insertItemSplits just now, so held-out
 * items are left out), with its label and what the files say about it, copied in SQL under the same conditions the
 * candidates were read with, in the same snapshot. Returns the number of rows.
 */
export async function insertDatasetItems(
  tx: Prisma.TransactionClient,
  options: { datasetId: string; model: Model; silver: { minConfidence: number } | null },
): Promise<number> {
  const { datasetId, model } = options;
  const human = await tx.$executeRaw`
    INSERT INTO dataset_items (dataset_id, item_id, split, label, label_source, model_label, model_confidence, annotators, agreement)
    SELECT ${datasetId}, il.item_id, s.split, il.label, il.source::text, p.label, p.confidence, il.answers, il.agreement
      FROM item_labels il
      JOIN item_splits s ON s.item_id = il.item_id
      LEFT JOIN predictions p ON p.item_id = il.item_id AND p.model_id = ${model?.modelId ?? ""} AND p.model_version = ${model?.modelVersion ?? ""}
     WHERE ${HUMAN_ITEMS_WHERE}`;
  if (!options.silver || !model) return human;
  const silver = await tx.$executeRaw`
    INSERT INTO dataset_items (dataset_id, item_id, split, label, label_source, model_label, model_confidence, annotators, agreement)
    SELECT ${datasetId}, p.item_id, s.split, p.label, 'silver', p.label, p.confidence, 0, NULL
      FROM predictions p JOIN item_splits s ON s.item_id = p.item_id
     WHERE ${silverItemsWhere({ model, minConfidence: options.silver.minConfidence })}`;
  return human + silver;
}
