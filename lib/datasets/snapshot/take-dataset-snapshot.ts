import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignSplits } from "@/lib/datasets/assign-splits";
import { withTightHeap } from "@/lib/memory/with-tight-heap";
import { ensureSettingsRow } from "@/lib/settings/ensure-settings-row";
import { setDatasetProgress } from "@/lib/datasets/set-dataset-progress";
import { computeSnapshotStats } from "@/lib/datasets/snapshot/compute-snapshot-stats";
import { countLeftOut, readLabelledItems, readPlacedItems, readSilverItems } from "@/lib/datasets/snapshot/read-snapshot-items";
import { insertDatasetItems, insertItemSplits } from "@/lib/datasets/snapshot/write-snapshot-rows";
import type { LabelName } from "@/lib/datasets/types";

// One REPEATABLE READ transaction decides what a version holds: every answer committed before its snapshot is in,
// every later one is counted towards the next version (the counter moved on when this version was reserved), so
// nothing committed late is skipped. It places new items in splits and writes the version's dataset_items and stats.
// A retry after this transaction committed finds the rows and keeps them: a version's content is decided once.

const SNAPSHOT_TRANSACTION = {
  isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
  maxWait: 60_000,
  timeout: 10 * 60_000,
};

export type SnapshotSummary = { datasetId: string; itemCount: number; reused: boolean };

export async function takeDatasetSnapshot(options: { version: number }): Promise<SnapshotSummary> {
  const { version } = options;
  await setDatasetProgress({ version, progress: { phase: "snapshot", done: 0, total: 0 } });
  const summary = await withTightHeap(() => snapshotInTransaction(version));
  // Fresh statistics for the rows just written, so the files step pages through them by index, not by sorting.
  if (!summary.reused) await prisma.$executeRawUnsafe("ANALYZE dataset_items");
  return summary;
}

function snapshotInTransaction(version: number): Promise<SnapshotSummary> {
  return prisma.$transaction(async (tx) => {
    // First statement, before the snapshot exists (a REPEATABLE READ snapshot starts at the first query): builds
    // place items one at a time, and each sees every split the one before it committed.
    await tx.$executeRawUnsafe("LOCK TABLE item_splits IN SHARE ROW EXCLUSIVE MODE");
    const dataset = await tx.dataset.findUniqueOrThrow({ where: { version }, select: { id: true, itemCount: true } });
    if ((await tx.datasetItem.count({ where: { datasetId: dataset.id }, take: 1 })) > 0) {
      return { datasetId: dataset.id, itemCount: dataset.itemCount, reused: true };
    }

    await ensureSettingsRow(tx);
    const [settings, model, [watermark]] = await Promise.all([
      tx.settings.findUniqueOrThrow({ where: { id: 1 } }),
      tx.prediction.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { modelId: true, modelVersion: true } }),
      tx.$queryRaw<{ id: bigint }[]>`SELECT COALESCE(max(id), 0) AS id FROM correction_events`,
    ]);
    const silverOptions = settings.includeSilver && model ? { minConfidence: settings.silverMinConfidence } : null;
    const candidates = [
      ...(await readLabelledItems(tx)),
      ...(silverOptions && model ? await readSilverItems(tx, { model, ...silverOptions }) : []),
    ];
    const seed = env.DATASET_SPLIT_SEED;
    const ratios = env.DATASET_SPLIT_RATIOS;
    const { assignments, heldOut } = assignSplits({ candidates, placed: await readPlacedItems(tx), ratios, seed });

    const placements = [...assignments].filter(([, a]) => a.isNew).map(([itemId, a]) => ({ itemId, ...a }));
    await insertItemSplits(tx, { version, placements });
    const itemCount = await insertDatasetItems(tx, { datasetId: dataset.id, model, silver: silverOptions });

    const stats = await computeSnapshotStats(tx, {
      datasetId: dataset.id,
      version,
      leftOut: { ...(await countLeftOut(tx)), heldOut: heldOut.length },
      modelVersion: model?.modelVersion ?? null,
    });
    const splitTotal = (split: keyof typeof stats.perSplit) => Object.values(stats.perSplit[split]).reduce((a, b) => a + b, 0);
    const labelCounts: Partial<Record<LabelName, number>> = {};
    for (const counts of Object.values(stats.perSplit)) {
      for (const [label, count] of Object.entries(counts) as [LabelName, number][]) {
        if (count > 0) labelCounts[label] = (labelCounts[label] ?? 0) + count;
      }
    }
    await tx.dataset.update({
      where: { id: dataset.id },
      data: {
        watermark: watermark!.id,
        params: {
          ratios,
          seed,
          includeSilver: settings.includeSilver,
          silverMinConfidence: settings.silverMinConfidence,
          threshold: settings.datasetThreshold,
          modelId: model?.modelId ?? null,
          modelVersion: model?.modelVersion ?? null,
        },
        stats,
        itemCount,
        trainCount: splitTotal("train"),
        validationCount: splitTotal("validation"),
        testCount: splitTotal("test"),
        labelCounts,
      },
    });
    return { datasetId: dataset.id, itemCount, reused: false };
  }, SNAPSHOT_TRANSACTION);
}
