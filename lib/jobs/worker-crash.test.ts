import { describe, expect, it } from "vitest";
import { waitFor } from "@/test/helpers/fake-reddit-env";
import { startWorkerProcess, useWorkerPipeline } from "@/test/helpers/worker-process";

// A worker process is killed (SIGKILL) in the middle of an ingestion. BullMQ's stalled-job check hands the job to
// a second worker process, which resumes from the stored cursor. In the end every item is stored once, counted
// once and classified once.

const pipeline = useWorkerPipeline();
const startWorker = () => startWorkerProcess({ started: pipeline.workers, env: { WORKER_LOCK_DURATION_MS: "2000" } });

describe("a worker killed mid-job", () => {
  it("leaves a job that another worker finishes, with nothing stored or classified twice", async () => {
    // Two pages come quickly, then Reddit answers 429 (Retry-After 3 s) a few times: the job is mid-flight there.
    pipeline.fake.setScenario({ name: "too-many-requests", retryAfter: 3, after: 2, times: 4 });
    const searchId = await pipeline.m.startSearch({ keyword: "steam deck", limit: 400 });
    const read = () => pipeline.m.prisma.search.findUniqueOrThrow({ where: { id: searchId } });

    const first = startWorker();
    // Predictions arrive while ingestion is still paging.
    const midway = await waitFor(read, (s) => s.status === "ingesting" && s.storedCount > 0 && s.classifiedCount > 0, 60_000);
    expect(midway.stopReason).toBeNull();
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    expect((await read()).status).toBe("ingesting");

    startWorker();
    const done = await waitFor(read, (s) => ["done", "failed"].includes(s.status), 120_000);
    expect(done.status, done.errorMessage ?? "").toBe("done");
    expect(done.storedCount).toBeGreaterThan(midway.storedCount);

    const hits = await pipeline.m.prisma.searchHit.findMany({ where: { searchId }, select: { itemId: true } });
    expect(hits).toHaveLength(done.storedCount);
    expect(new Set(hits.map((h) => h.itemId)).size).toBe(hits.length);
    const predictions = await pipeline.m.prisma.prediction.groupBy({
      by: ["itemId"],
      where: { itemId: { in: hits.map((h) => h.itemId) } },
      _count: { _all: true },
    });
    expect(predictions).toHaveLength(hits.length);
    expect(predictions.every((p) => p._count._all === 1)).toBe(true);
    expect(done.classifiedCount).toBe(hits.length);

    // The ingestion job ran more than once (the dead worker's attempt, then the rescue) and finished.
    const run = await pipeline.m.prisma.jobRun.findFirstOrThrow({ where: { searchId, type: "ingest-keyword" } });
    expect(run.status).toBe("succeeded");
  }, 240_000);
});
