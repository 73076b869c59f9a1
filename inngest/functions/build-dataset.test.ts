import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "@/inngest/functions/build-dataset";
import { prisma } from "@/lib/db";
import { saveCorrection } from "@/lib/annotation/save-correction";
import { requestManualBuild } from "@/lib/datasets/request-manual-build";
import { createLocalStorage } from "@/lib/datasets/storage/create-local-storage";
import { setDatasetStorage } from "@/lib/datasets/storage/get-dataset-storage";
import { closeQueues } from "@/lib/jobs/bullmq/queues";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createModel, createPredictedItem } from "@/test/helpers/annotation-fixtures";
import { createSignedInUser } from "@/test/helpers/sessions";

// The build-dataset Inngest function, run in-process by @inngest/test against the real database and a real local
// store (a temporary folder). The engine enforces no idempotency or concurrency, so the registered config is asserted
// as the Inngest server sees it; redelivery is refused by the function itself.

let root: string;

type RegisteredConfig = { id: string; triggers: { event?: string }[]; [key: string]: unknown };
const registeredConfig = (fn: unknown) =>
  (fn as { getConfig(options: { baseUrl: URL; appPrefix: string }): RegisteredConfig[] }).getConfig({
    baseUrl: new URL("http://app/api/inngest"),
    appPrefix: "postmood",
  });

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "postmood-inngest-datasets-"));
  setDatasetStorage(createLocalStorage({ root }));
});

afterAll(async () => {
  setDatasetStorage(undefined);
  await rm(root, { recursive: true, force: true });
  await closeQueues();
  await getSharedTcpConnection().quit();
});

describe("build-dataset (Inngest)", () => {
  it("is registered idempotent on the version, one build at a time, with retries and a failure handler", () => {
    const [config, failure] = registeredConfig(buildDataset);
    expect(config).toMatchObject({
      id: "postmood-build-dataset",
      triggers: [{ event: "datasets/threshold.reached" }],
      idempotency: "event.data.version",
      concurrency: { limit: 1 },
      steps: { step: { retries: { attempts: 4 } } },
    });
    expect(failure?.triggers[0]).toMatchObject({ event: "inngest/function.failed" });
  });

  it("builds the reserved version once; a redelivered event is refused and changes nothing", async () => {
    const annotator = await createSignedInUser("annotator");
    const itemId = await createPredictedItem({ model: createModel() });
    await saveCorrection({ annotatorId: annotator.id, body: { itemId, action: "label", label: "neutral", durationMs: 800 } });
    const { version } = await requestManualBuild({ requestedById: (await createSignedInUser("admin")).id });
    const event = { name: "datasets/threshold.reached" as const, data: { version, trigger: "manual" as const } };

    const first = await new InngestTestEngine({ function: buildDataset }).execute({ events: [event] });
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ version, files: expect.arrayContaining([`postmood-v${version}.parquet`]) });
    const built = await prisma.dataset.findUniqueOrThrow({ where: { version } });
    expect(built.status).toBe("ready");
    expect(await prisma.datasetItem.count({ where: { datasetId: built.id, itemId } })).toBe(1);

    const again = await new InngestTestEngine({ function: buildDataset }).execute({ events: [event] });
    expect(again.result).toMatchObject({ version, refused: expect.stringMatching(/ready already/) });
    expect(await prisma.dataset.findUniqueOrThrow({ where: { version } })).toEqual(built);
    const runs = await prisma.jobRun.findMany({ where: { type: "build-dataset", engine: "inngest" } });
    expect(runs.filter((run) => run.status === "succeeded").length).toBeGreaterThanOrEqual(2);
  });

  it("a build that fails for good leaves its version failed, with the reason and no files", async () => {
    const dataset = await prisma.dataset.create({ data: { version: 880_001, trigger: "threshold", watermark: 0 } });
    const onFailure = (buildDataset as unknown as { onFailureFn: (args: object) => Promise<unknown> }).onFailureFn;
    const error = new Error("disk full");
    await onFailure({
      event: {
        name: "inngest/function.failed",
        data: {
          function_id: "postmood-build-dataset",
          run_id: "01TESTBUILD",
          error: { name: "Error", message: error.message },
          event: { name: "datasets/threshold.reached", data: { version: 880_001, trigger: "threshold" } },
        },
      },
      error,
    });
    expect(await prisma.dataset.findUniqueOrThrow({ where: { id: dataset.id } })).toMatchObject({
      status: "failed",
      errorMessage: "disk full",
      files: [],
    });
  });
});
