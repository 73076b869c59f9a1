import { describe, expect, it } from "vitest";
import { waitFor } from "@/test/helpers/fake-reddit-env";
import { startWorkerProcess, useWorkerPipeline } from "@/test/helpers/worker-process";

// A worker process gets SIGTERM while an ingestion waits out a long rate limit (issue 11.9). It stops within
// seconds instead of when the search ends, the page in flight is kept, and the job goes back to the queue: the
// next worker resumes from the cursor and the search finishes, nothing stored twice.

const pipeline = useWorkerPipeline();
const startWorker = () => startWorkerProcess({ started: pipeline.workers });

describe("a worker stopped with SIGTERM mid-job", () => {
  it("hands the job back at once; the next worker finishes the search", async () => {
    // Two pages come quickly, then Reddit asks to wait 10 minutes: the job sits in that wait.
    pipeline.fake.setScenario({ name: "too-many-requests", retryAfter: 600, after: 2, times: 1 });
    const searchId = await pipeline.m.startSearch({ keyword: "steam deck", limit: 300 });
    const read = () => pipeline.m.prisma.search.findUniqueOrThrow({ where: { id: searchId } });

    const first = startWorker();
    const exited = new Promise<number | null>((resolve) => first.once("exit", (code) => resolve(code)));
    await waitFor(async () => pipeline.fake.state.log.filter((l) => l.status === 429).length, (n) => n > 0, 60_000);
    const waiting = await waitFor(read, (s) => /waiting 600 s/.test(String((s.cursor as { note?: string } | null)?.note)), 30_000);
    expect(waiting.status).toBe("ingesting");
    first.kill("SIGTERM");
    expect(await exited).toBe(0); // well before the 10-minute wait would have ended
    const stopped = await read();
    expect(stopped).toMatchObject({ status: "ingesting", stopReason: "aborted" });
    expect(stopped.cursor).toMatchObject({ after: expect.stringMatching(/^t3_/) });

    startWorker();
    const done = await waitFor(read, (s) => ["done", "failed"].includes(s.status), 120_000);
    expect(done.status, done.errorMessage ?? "").toBe("done");
    expect(done.storedCount).toBeGreaterThan(stopped.storedCount);
    const hits = await pipeline.m.prisma.searchHit.findMany({ where: { searchId }, select: { itemId: true } });
    expect(hits).toHaveLength(done.storedCount);
    expect(new Set(hits.map((h) => h.itemId)).size).toBe(hits.length); // a page refetched after the stop is stored once
  }, 240_000);
});
