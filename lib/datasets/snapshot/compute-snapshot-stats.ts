import type { Prisma } from "@/lib/generated/prisma/client";
import { krippendorffAlphaNominal } from "@/lib/agreement/krippendorff-alpha";
import { SPLITS } from "@/lib/datasets/assign-splits";
import type { DatasetStats, LabelName, SplitName } from "@/lib/datasets/types";

// A version's statistics, computed in its snapshot transaction from its dataset_items rows (already inserted), so
// they describe exactly what the files hold.

const LABELS: LabelName[] = ["negative", "neutral", "positive"];
const MAX_LISTED = 100; // keywords and subreddits listed in the stats and the card

type Options = {
  datasetId: string;
  version: number;
  leftOut: { ties: number; offTopic: number; heldOut: number };
  modelVersion: string | null;
};

export async function computeSnapshotStats(tx: Prisma.TransactionClient, options: Options): Promise<DatasetStats> {
  const { datasetId, version } = options;
  const [perSplitRows, [annotators], answerRows, keywordRows, subredditRows, [range], [silver], diff] = await Promise.all([
    tx.$queryRaw<{ split: SplitName; label: LabelName; count: number }[]>`
      SELECT split::text AS split, label::text AS label, count(*)::int AS count FROM dataset_items
       WHERE dataset_id = ${datasetId} GROUP BY 1, 2`,
    tx.$queryRaw<{ count: number }[]>`
      SELECT count(DISTINCT c.annotator_id)::int AS count
        FROM corrections c JOIN dataset_items di ON di.item_id = c.item_id AND di.dataset_id = ${datasetId}
       WHERE c.action IN ('label', 'off_topic')`,
    // the label and off-topic answers on the version's items answered more than once: the annotators' agreement
    tx.$queryRaw<{ itemId: string; value: string }[]>`
      SELECT c.item_id AS "itemId", CASE WHEN c.action = 'off_topic' THEN 'off_topic' ELSE c.label::text END AS value
        FROM corrections c JOIN dataset_items di ON di.item_id = c.item_id AND di.dataset_id = ${datasetId}
       WHERE c.action IN ('label', 'off_topic') AND di.annotators > 1`,
    tx.$queryRaw<{ keyword: string }[]>`
      SELECT s.keyword, count(*) AS hits FROM dataset_items di
        JOIN search_hits h ON h.item_id = di.item_id JOIN searches s ON s.id = h.search_id
       WHERE di.dataset_id = ${datasetId} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${MAX_LISTED}`,
    tx.$queryRaw<{ subreddit: string; count: number }[]>`
      SELECT ri.subreddit, count(*)::int AS count FROM dataset_items di JOIN reddit_items ri ON ri.id = di.item_id
       WHERE di.dataset_id = ${datasetId} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${MAX_LISTED}`,
    tx.$queryRaw<{ from: Date | null; to: Date | null }[]>`
      SELECT min(ri.created_utc) AS from, max(ri.created_utc) AS to
        FROM dataset_items di JOIN reddit_items ri ON ri.id = di.item_id WHERE di.dataset_id = ${datasetId}`,
    tx.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM dataset_items WHERE dataset_id = ${datasetId} AND label_source = 'silver'`,
    computeDiff(tx, { datasetId, version }),
  ]);

  const perSplit = Object.fromEntries(
    SPLITS.map((split) => [split, Object.fromEntries(LABELS.map((label) => [label, 0]))]),
  ) as DatasetStats["perSplit"];
  for (const row of perSplitRows) perSplit[row.split][row.label] = row.count;

  const byItem = new Map<string, string[]>();
  for (const answer of answerRows) byItem.set(answer.itemId, [...(byItem.get(answer.itemId) ?? []), answer.value]);
  return {
    perSplit,
    ties: options.leftOut.ties,
    offTopic: options.leftOut.offTopic,
    heldOut: options.leftOut.heldOut,
    silver: silver!.count,
    annotators: annotators!.count,
    agreement: krippendorffAlphaNominal([...byItem.values()]).alpha,
    keywords: keywordRows.map((row) => row.keyword),
    subreddits: subredditRows,
    timeRange: range?.from && range.to ? { from: range.from.toISOString(), to: range.to.toISOString() } : null,
    modelVersion: options.modelVersion,
    diff,
  };
}

/** Against the previous version that took its snapshot (failed ones are skipped): items added, relabelled, removed. */
async function computeDiff(tx: Prisma.TransactionClient, options: { datasetId: string; version: number }): Promise<DatasetStats["diff"]> {
  const [previous] = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT id, version FROM datasets
     WHERE version < ${options.version} AND status <> 'failed' AND params ? 'seed'
     ORDER BY version DESC LIMIT 1`;
  const [counts] = await tx.$queryRaw<{ added: number; changed: number; removed: number }[]>`
    SELECT count(*) FILTER (WHERE p.item_id IS NULL)::int AS added,
           count(*) FILTER (WHERE c.item_id IS NULL)::int AS removed,
           count(*) FILTER (WHERE c.label <> p.label)::int AS changed
      FROM (SELECT item_id, label FROM dataset_items WHERE dataset_id = ${options.datasetId}) c
      FULL JOIN (SELECT item_id, label FROM dataset_items WHERE dataset_id = ${previous?.id ?? ""}) p ON p.item_id = c.item_id`;
  return { ...counts!, previousVersion: previous?.version ?? null };
}
