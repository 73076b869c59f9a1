import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { openDatasetFile } from "@/lib/datasets/open-dataset-file";
import { requestManualBuild } from "@/lib/datasets/request-manual-build";
import { closeQueues, getQueue } from "@/lib/jobs/bullmq/queues";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser } from "@/test/helpers/sessions";

// "Build now" reserves a version through the same outbox as a threshold crossing; downloads only come from ready versions.

afterAll(async () => {
  await closeQueues();
  await getSharedTcpConnection().quit();
});

describe("requestManualBuild", () => {
  it("reserves the next version, restarts the counter, records who asked and queues exactly one build job", async () => {
    const admin = await createSignedInUser("admin");
    await prisma.datasetCounter.upsert({ where: { id: 1 }, create: { id: 1, pending: 7 }, update: { pending: 7 } });
    const [first, second] = await Promise.all([
      requestManualBuild({ requestedById: admin.id }),
      requestManualBuild({ requestedById: admin.id }),
    ]);
    expect(Math.abs(first.version - second.version)).toBe(1);
    expect((await prisma.datasetCounter.findUniqueOrThrow({ where: { id: 1 } })).pending).toBe(0);
    for (const { version } of [first, second]) {
      const request = await prisma.datasetBuildRequest.findUniqueOrThrow({ where: { version } });
      expect(request).toMatchObject({ trigger: "manual", requestedById: admin.id });
      expect(request.sentAt).not.toBeNull();
      const job = await getQueue("build-dataset").getJob(`dataset-build-${version}`);
      expect(job?.data.event.data).toEqual({ version, trigger: "manual" });
    }
  });
});

describe("openDatasetFile", () => {
  const statusOf = (promise: Promise<unknown>) =>
    promise.then(() => 200, (error) => (error instanceof AppError ? error.status : 500));

  it("404 for an unknown version, 409 for a version still building", async () => {
    expect(await statusOf(openDatasetFile(987_654, "csv"))).toBe(404);
    await prisma.dataset.create({ data: { version: 987_655, trigger: "manual", watermark: 0 } });
    expect(await statusOf(openDatasetFile(987_655, "csv"))).toBe(409);
  });
});
