import { spawn, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { startFakeReddit, type FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import type { Scenario } from "@/lib/fake-reddit/fake-types";
import { waitFor } from "@/test/helpers/fake-reddit-env";

// The ingest CLI as a user runs it (a child process) against the test database, the real Redis and the fake Reddit.
let fake: FakeReddit;
const cliEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  LOG_LEVEL: "silent",
  REDDIT_AUTH_BASE_URL: fake.url,
  REDDIT_API_BASE_URL: fake.url,
  ARCTIC_SHIFT_BASE_URL: fake.url,
  REDDIT_CLIENT_ID: "cli-test",
  REDDIT_CLIENT_SECRET: "secret",
  ...extra,
});
const args = (keyword: string, ...extra: string[]) => ["--import", "tsx", "scripts/ingest.ts", "--keyword", keyword, ...extra];
const searchIdIn = (output: string) => /^search (\w+):/m.exec(output)?.[1] ?? "none";
const created: string[] = [];
const run = (keyword: string, env: Record<string, string>) => spawnSync(process.execPath, args(keyword, "--limit", "50"), { encoding: "utf8", env: cliEnv(env), timeout: 60_000 });

beforeAll(async () => {
  fake = await startFakeReddit({ corpus: generateCorpus() });
});
afterAll(async () => {
  const hits = await prisma.searchHit.findMany({ where: { searchId: { in: created } }, select: { itemId: true } });
  await prisma.search.deleteMany({ where: { id: { in: created } } });
  await prisma.redditItem.deleteMany({ where: { id: { in: hits.map((h) => h.itemId) } } });
  await prisma.$disconnect();
  await fake.close();
});

describe("npm run ingest when a service is down (issue 11.11)", () => {
  it("says in one line that PostgreSQL cannot be reached, without a stack trace", () => {
    const result = run("rust", { DATABASE_URL: "postgresql://postgres:secret@127.0.0.1:1/postmood" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^ingest: cannot reach PostgreSQL at 127\.0\.0\.1:1 \(DATABASE_URL\); is it running\?$/);
    expect(result.stderr).not.toMatch(/secret|\n\s+at /);
  });

  it("says in one line that Redis cannot be reached, and fails the search instead of leaving it ingesting", async () => {
    const result = run("rust", { REDIS_URL: "redis://127.0.0.1:1" });
    created.push(searchIdIn(result.stdout));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^ingest: cannot reach Redis at 127\.0\.0\.1:1 \(REDIS_URL\); is it running\?$/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(await prisma.search.findUniqueOrThrow({ where: { id: searchIdIn(result.stdout) } })).toMatchObject({ status: "failed" });
  });
});

describe("npm run ingest and SIGTERM (issue 11.9)", () => {
  it("stops like Ctrl-C: the search is cancelled with its cursor, not left ingesting", { timeout: 90_000 }, async () => {
    fake.setScenario({ name: "too-many-requests", retryAfter: 120, after: 1 }); // the 2nd request waits 2 minutes
    const child = spawn(process.execPath, args("rust"), { env: cliEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await waitFor(async () => fake.state.log.filter((l) => l.status === 429).length, (n) => n > 0, 60_000).catch((error: Error) => {
        throw new Error(`${error.message}; CLI said: ${output}`);
      });
      created.push(searchIdIn(output));
      const ingesting = await prisma.search.findUniqueOrThrow({ where: { id: searchIdIn(output) } });
      expect(ingesting.status).toBe("ingesting");
      child.kill("SIGTERM");
      expect(await exited).toBe(130);
    } finally {
      fake.setScenario({ name: "normal" });
      child.kill("SIGKILL");
    }
    const search = await prisma.search.findUniqueOrThrow({ where: { id: searchIdIn(output) } });
    expect(search).toMatchObject({ status: "cancelled", stopReason: "aborted" });
    expect(search.cursor).toMatchObject({ after: expect.stringMatching(/^t3_/) });
    expect(output).toMatch(/stopped\s+aborted/);
  });
});

describe("npm run ingest against a misbehaving Reddit", () => {
  // Asynchronous: the fake answers from this process, which spawnSync would block.
  const runWith = async (scenario: Scenario, ...extra: string[]) => {
    fake.setScenario(scenario);
    const child = spawn(process.execPath, args("climate", ...extra), { env: cliEnv(), stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      const status = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      return { status, stdout, stderr };
    } finally {
      fake.setScenario({ name: "normal" });
    }
  };

  it("stores the good items of pages full of junk and says in the summary what was skipped and why", { timeout: 90_000 }, async () => {
    const result = await runWith({ name: "odd-things" }, "--limit", "50");
    created.push(searchIdIn(result.stdout));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^stored +50 new for this search$/m);
    expect(result.stdout).toMatch(/^skipped +\d+ \(.*malformed 3.*\)$/m);
    expect(result.stdout).toMatch(/^stopped +limit: /m);
  });

  it("ends an Arctic Shift listing stuck on one page with the reason, instead of looping", { timeout: 90_000 }, async () => {
    const result = await runWith({ name: "stuck-after" }, "--source", "arctic-shift");
    created.push(searchIdIn(result.stdout));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^stopped +repeated-cursor: the source handed back a cursor it had already given \(a pagination loop\) \[posts: repeated-cursor\]$/m);
  });
});
