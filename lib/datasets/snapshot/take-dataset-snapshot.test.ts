import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { saveCorrection } from "@/lib/annotation/save-correction";
import { claimDatasetVersion } from "@/lib/datasets/claim-dataset-version";
import { requestManualBuild } from "@/lib/datasets/request-manual-build";
import { takeDatasetSnapshot } from "@/lib/datasets/snapshot/take-dataset-snapshot";
import { closeQueues } from "@/lib/jobs/bullmq/queues";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createModel, createPredictedItem } from "@/test/helpers/annotation-fixtures";
import { waitFor } from "@/test/helpers/fake-reddit-env";
import { createSignedInUser } from "@/test/helpers/sessions";

// The snapshot boundary, on the real database: a build waits for the build before it to release the splits and only
// then takes its snapshot, so an answer committed while it waited is in it, never silently skipped.

afterAll(async () => {
  await closeQueues();
  await getSharedTcpConnection().quit();
});

const waitingOnSplits = async () => {
  const [row] = await prisma.$queryRaw<{ waiting: number }[]>`
    SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
     WHERE c.relname = 'item_splits' AND NOT l.granted`;
  return row!.waiting;
};

describe("takeDatasetSnapshot", () => {
  it("an answer committed while the build waits for the previous one is in the version", async () => {
    const annotator = await createSignedInUser("annotator");
    const { version } = await requestManualBuild({ requestedById: annotator.id });
    await claimDatasetVersion({ version, trigger: "manual" });

    // another build holds the splits
    let release!: () => void;
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const previousBuild = prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe("LOCK TABLE item_splits IN SHARE ROW EXCLUSIVE MODE");
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 60_000 },
    );
    await holding;
    const snapshot = takeDatasetSnapshot({ version });
    await waitFor(waitingOnSplits, (waiting) => waiting > 0, 10_000);

    const itemId = await createPredictedItem({ model: createModel() });
    await saveCorrection({ annotatorId: annotator.id, body: { itemId, action: "label", label: "negative", durationMs: 500 } });
    release();
    await previousBuild;
    const summary = await snapshot;

    const dataset = await prisma.dataset.findUniqueOrThrow({ where: { version } });
    expect(summary).toMatchObject({ datasetId: dataset.id, reused: false });
    expect(await prisma.datasetItem.findUnique({ where: { datasetId_itemId: { datasetId: dataset.id, itemId } } })).toMatchObject({
      label: "negative",
      labelSource: "single",
    });
    const lastEvent = await prisma.correctionEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(dataset.watermark).toBe(lastEvent.id);

    // a retry after the snapshot committed keeps it as it is
    expect(await takeDatasetSnapshot({ version })).toEqual({ datasetId: dataset.id, itemCount: summary.itemCount, reused: true });
  });

  it("with silver on, the current model's confident labels on unanswered items join the version, marked silver", async () => {
    const annotator = await createSignedInUser("annotator");
    const before = await prisma.settings.findUniqueOrThrow({ where: { id: 1 } }).catch(() => null);
    await prisma.settings.upsert({
      where: { id: 1 },
      create: { id: 1, includeSilver: true, silverMinConfidence: 0.9 },
      update: { includeSilver: true, silverMinConfidence: 0.9 },
    });
    try {
      const model = createModel(); // predicts last, so it is the current model
      const sure = { negative: 0.02, neutral: 0.03, positive: 0.95 };
      const confident = await createPredictedItem({ model, probabilities: sure });
      const unsure = await createPredictedItem({ model, probabilities: { negative: 0.3, neutral: 0.2, positive: 0.5 } });
      const answered = await createPredictedItem({ model, probabilities: sure });
      await saveCorrection({ annotatorId: annotator.id, body: { itemId: answered, action: "label", label: "negative", durationMs: 500 } });

      const { version } = await requestManualBuild({ requestedById: annotator.id });
      const { datasetId } = await claimDatasetVersion({ version, trigger: "manual" });
      await takeDatasetSnapshot({ version });
      const row = (itemId: string) => prisma.datasetItem.findUnique({ where: { datasetId_itemId: { datasetId, itemId } } });

      expect(await row(confident)).toMatchObject({
        label: "positive", labelSource: "silver", modelLabel: "positive", modelConfidence: 0.95, annotators: 0, agreement: null,
      });
      expect(await row(unsure)).toBeNull();
      expect(await row(answered)).toMatchObject({
        label: "negative", labelSource: "single", modelLabel: "positive", modelConfidence: 0.95, annotators: 1,
      });
      const dataset = await prisma.dataset.findUniqueOrThrow({ where: { version } });
      expect(dataset.itemCount).toBe(await prisma.datasetItem.count({ where: { datasetId } }));
      expect((dataset.stats as { silver: number }).silver).toBeGreaterThanOrEqual(1);
      expect(await prisma.itemSplit.findUnique({ where: { itemId: confident } })).toMatchObject({ firstVersion: version });
    } finally {
      await prisma.settings.update({
        where: { id: 1 },
        data: { includeSilver: before?.includeSilver ?? false, silverMinConfidence: before?.silverMinConfidence ?? 0.9 },
      });
    }
  });
});
