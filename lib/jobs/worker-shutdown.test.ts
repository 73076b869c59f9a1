import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { useFakeRedditEnv, waitFor } from "@/test/helpers/fake-reddit-env";

// A worker process gets SIGTERM while an ingestion waits out a long rate limit (issue 11.9). It stops within
// seconds instead of when the search ends, the page in flight is kept, and the job goes back to the queue: the
// next worker resumes from the cursor and the search finishes, nothing stored twice.

const root = path.resolve(import.meta.dirname, "../..");
let fake: FakeReddit;
let m: Awaited<ReturnType<typeof load>>;
const workers: ChildProcess[] = [];

async function load() {
  const [routes, db, queues, sessions] = await Promise.all([
    import("@/app/api/searches/route"),
    import("@/lib/db"),
    import("@/lib/jobs/bullmq/queues"),
    import("@/test/helpers/sessions"),
  ]);
  return { routes, prisma: db.prisma, queues, analyst: await sessions.createSignedInUser("analyst") };
}

function startWorker(): ChildProcess {
  // node --import tsx, not the tsx binary: its signal relay gives the child 30 ms to acknowledge, too short on a
  // busy machine, and SIGTERM must reach the worker's own handler.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  workers.push(child);
  return child;
}

describe("a worker stopped with SIGTERM mid-job", () => {
  beforeAll(async () => {
    fake = await useFakeRedditEnv();
    m = await load();
  });

  afterAll(async () => {
    for (const worker of workers) worker.kill("SIGKILL");
    await m?.queues.closeQueues();
    await fake?.close();
  });

  it("hands the job back at once; the next worker finishes the search", async () => {
    // Two pages come quickly, then Reddit asks to wait 10 minutes: the job sits in that wait.
    fake.setScenario({ name: "too-many-requests", retryAfter: 600, after: 2, times: 1 });
    const origin = process.env.APP_URL ?? "http://localhost:3000";
    const response = await m.routes.POST(
      new Request(`${origin}/api/searches`, {
        method: "POST",
        headers: { origin, cookie: m.analyst.cookie, "content-type": "application/json" },
        body: JSON.stringify({ keyword: "steam deck", limit: 300 }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(201);
    const { searchId } = await response.json();
    const read = () => m.prisma.search.findUniqueOrThrow({ where: { id: searchId } });

    const first = startWorker();
    const exited = new Promise<number | null>((resolve) => first.once("exit", (code) => resolve(code)));
    await waitFor(async () => fake.state.log.filter((l) => l.status === 429).length, (n) => n > 0, 60_000);
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
    const hits = await m.prisma.searchHit.findMany({ where: { searchId }, select: { itemId: true } });
    expect(hits).toHaveLength(done.storedCount);
    expect(fake.state.log.filter((l) => l.path.startsWith("/search") && l.status === 200).length).toBe(3); // no page fetched twice
  }, 240_000);
});
