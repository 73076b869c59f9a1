import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { useFakeRedditEnv } from "@/test/helpers/fake-reddit-env";

const root = path.resolve(import.meta.dirname, "../..");

// `npm run worker` as its own process (node --import tsx, not the tsx binary: its signal relay gives the child only
// 30 ms to acknowledge SIGTERM, too short on a busy machine). Collected in `started` so afterAll can kill them all.
export function startWorkerProcess(options: { started: ChildProcess[]; env?: Record<string, string> }): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", ...options.env },
    stdio: "ignore",
  });
  options.started.push(child);
  return child;
}

// The app modules a worker test drives the pipeline through, loaded after the environment points at the fake Reddit.
export async function loadSearchPipeline() {
  const [routes, db, queues, sessions] = await Promise.all([
    import("@/app/api/searches/route"),
    import("@/lib/db"),
    import("@/lib/jobs/bullmq/queues"),
    import("@/test/helpers/sessions"),
  ]);
  const analyst = await sessions.createSignedInUser("analyst");
  // POST /api/searches as the analyst; returns the new search's id.
  const startSearch = async (body: Record<string, unknown>): Promise<string> => {
    const origin = process.env.APP_URL ?? "http://localhost:3000";
    const response = await routes.POST(
      new Request(`${origin}/api/searches`, {
        method: "POST",
        headers: { origin, cookie: analyst.cookie, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );
    if (response.status !== 201) throw new Error(`POST /api/searches answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { searchId: string }).searchId;
  };
  return { prisma: db.prisma, queues, startSearch };
}

type WorkerPipeline = { fake: FakeReddit; m: Awaited<ReturnType<typeof loadSearchPipeline>>; workers: ChildProcess[] };

// For a test file that runs worker processes against the fake Reddit: sets everything up before the tests and kills
// the workers, closes the queues and the fake after them. Fields are filled in beforeAll.
export function useWorkerPipeline(): WorkerPipeline {
  const pipeline = { workers: [] as ChildProcess[] } as WorkerPipeline;
  beforeAll(async () => {
    pipeline.fake = await useFakeRedditEnv();
    pipeline.m = await loadSearchPipeline();
  });
  afterAll(async () => {
    for (const worker of pipeline.workers) worker.kill("SIGKILL");
    await pipeline.m?.queues.closeQueues();
    await pipeline.fake?.close();
  });
  return pipeline;
}
