import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { useFakeRedditEnv, waitFor } from "@/test/helpers/fake-reddit-env";

// The whole local engine, for real: route handler → Redis lock → PostgreSQL → BullMQ queues on the local Redis →
// workers → fake Reddit → embedded model → predictions. Env is set before the app modules load, so this file gets
// its own queues (key prefix) and points every Reddit base URL at its fake.

let fake: FakeReddit;
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp() {
  const [routes, detail, db, queues, workers, sessions] = await Promise.all([
    import("@/app/api/searches/route"),
    import("@/app/api/searches/[id]/route"),
    import("@/lib/db"),
    import("@/lib/jobs/bullmq/queues"),
    import("@/lib/jobs/bullmq/start-workers"),
    import("@/test/helpers/sessions"),
  ]);
  const analyst = await sessions.createSignedInUser("analyst");
  const origin = process.env.APP_URL ?? "http://localhost:3000";
  const post = (body: object) =>
    routes.POST(
      new Request(`${origin}/api/searches`, {
        method: "POST",
        headers: { origin, cookie: analyst.cookie, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );
  const get = async (id: string) =>
    (await detail.GET(new Request(`${origin}/api/searches/${id}`, { headers: { cookie: analyst.cookie } }), { params: Promise.resolve({ id }) })).json();
  const cancel = (id: string) =>
    detail.DELETE(new Request(`${origin}/api/searches/${id}`, { method: "DELETE", headers: { origin, cookie: analyst.cookie } }), {
      params: Promise.resolve({ id }),
    });
  return { post, get, cancel, prisma: db.prisma, queues, workers, analystId: analyst.id };
}

describe("searches on the local engine (BullMQ)", () => {
  beforeAll(async () => {
    fake = await useFakeRedditEnv();
    app = await loadApp();
  });

  afterAll(async () => {
    await app?.workers.stopWorkers({ force: true });
    await app?.queues.closeQueues();
    await fake?.close();
  });

  it("100 concurrent identical requests create exactly one search and one ingestion job", async () => {
    const responses = await Promise.all(Array.from({ length: 100 }, () => app.post({ keyword: "  Steam   DECK ", limit: 120 })));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 202)).toHaveLength(99);
    expect(bodies.filter((b) => b.status === "queued")).toHaveLength(100);
    const ids = new Set(bodies.map((b) => b.searchId));
    expect(ids.size).toBe(1);
    // (other test files share this database: count this analyst's searches only)
    expect(await app.prisma.search.count({ where: { normalizedKeyword: "steam deck", requestedById: app.analystId } })).toBe(1);
    const counts = await app.queues.getQueue("ingest-keyword").getJobCounts("waiting", "active", "delayed", "completed", "failed");
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("runs ingestion and classification to the end, then answers from the cache", async () => {
    app.workers.startWorkers({ concurrency: 2 });
    const { id: searchId } = await app.prisma.search.findFirstOrThrow({ where: { normalizedKeyword: "steam deck", requestedById: app.analystId } });
    const done = await waitFor(() => app.get(searchId!), (s) => ["done", "failed"].includes(s.status));
    expect(done.status, JSON.stringify(done.error)).toBe("done");
    expect(done.progress.stored).toBeGreaterThan(20);
    expect(done.progress.stored).toBeLessThanOrEqual(120);
    expect(done.progress.classified).toBe(done.progress.stored);
    expect(done.stopReason).toMatch(/exhausted|limit|listing-cap/);
    expect(done.timings.finishedAt).not.toBeNull();

    // every stored item exactly once, each with exactly one prediction
    const hits = await app.prisma.searchHit.findMany({ where: { searchId }, select: { itemId: true } });
    expect(hits).toHaveLength(done.progress.stored);
    const perItem = await app.prisma.prediction.groupBy({ by: ["itemId"], where: { itemId: { in: hits.map((h) => h.itemId) } }, _count: { _all: true } });
    expect(perItem).toHaveLength(hits.length);
    expect(perItem.every((p) => p._count._all === 1)).toBe(true);

    const runs = await app.prisma.jobRun.findMany({ where: { searchId } });
    expect(runs.find((r) => r.type === "ingest-keyword")?.status).toBe("succeeded");
    expect(runs.filter((r) => r.type === "classify-items").length).toBeGreaterThan(0);

    // same keyword and options: the fresh cached result, no new search
    const again = await app.post({ keyword: "steam deck", limit: 120 });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "cached", searchId });
    // other options are another question: a new search
    const other = await app.post({ keyword: "steam deck", limit: 30 });
    expect(other.status).toBe(201);
    const otherId = (await other.json()).searchId;
    expect(otherId).not.toBe(searchId);
    await waitFor(() => app.get(otherId), (s) => s.status === "done");
  });

  it("ends a search with a permanent fault as failed, with a clear message, and frees the keyword", async () => {
    app.workers.startWorkers({ concurrency: 2 });
    const response = await app.post({ keyword: "rust", subreddits: ["secretclub"] });
    expect(response.status).toBe(201);
    const { searchId } = await response.json();
    const failed = await waitFor(() => app.get(searchId), (s) => ["done", "failed"].includes(s.status));
    expect(failed.status).toBe("failed");
    expect(failed.error.code).toBe("private");
    expect(failed.error.message).toMatch(/private/i);
    const attempts = await app.prisma.jobRun.findFirst({ where: { searchId, type: "ingest-keyword" } });
    expect(attempts).toMatchObject({ status: "failed", attempts: 1 }); // not retried
    const retry = await app.post({ keyword: "rust", subreddits: ["secretclub"] });
    expect(retry.status).toBe(201);
    await app.cancel((await retry.json()).searchId);
  });

  it("cancels a running search; the worker stops and the keyword is free again", async () => {
    app.workers.startWorkers({ concurrency: 2 });
    fake.setScenario({ name: "too-many-requests", retryAfter: 60, after: 1, times: Infinity });
    const { searchId } = await (await app.post({ keyword: "climate" })).json();
    await waitFor(() => app.get(searchId), (s) => s.status === "ingesting", 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // let it reach the rate-limit wait
    const cancelled = await app.cancel(searchId);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toEqual({ id: searchId, status: "cancelled" });
    const job = await waitFor(
      () => app.prisma.jobRun.findFirst({ where: { searchId, type: "ingest-keyword" } }),
      (run) => run?.status === "succeeded" || run?.status === "failed",
      20_000,
    );
    expect(job?.status).toBe("succeeded");
    expect((await app.get(searchId)).status).toBe("cancelled");
    expect((await app.cancel(searchId)).status).toBe(409);
    fake.setScenario({ name: "normal" });
    expect((await app.post({ keyword: "climate" })).status).toBe(201);
  });

  it("retries a transient fault with backoff: the next attempt finishes the search", async () => {
    app.workers.startWorkers({ concurrency: 2 });
    // Reddit answers 503 until the first job attempt has given up (after the client's own retries), then recovers.
    fake.setScenario({ name: "server-error", status: 503, body: "html", times: Infinity });
    const { searchId } = await (await app.post({ keyword: "taylor swift", limit: 50 })).json();
    const failedAttempt = await waitFor(
      () => app.prisma.jobRun.findFirst({ where: { searchId, type: "ingest-keyword" } }),
      (run) => run?.status === "queued" && run.errorMessage !== null,
      120_000,
    );
    expect(failedAttempt?.errorMessage).toMatch(/503|server/i);
    expect((await app.get(searchId)).status).toBe("ingesting"); // not failed: it will be retried
    fake.setScenario({ name: "normal" });
    const done = await waitFor(() => app.get(searchId), (s) => ["done", "failed"].includes(s.status), 90_000);
    expect(done.status, JSON.stringify(done.error)).toBe("done");
    const run = await app.prisma.jobRun.findFirstOrThrow({ where: { searchId, type: "ingest-keyword" } });
    expect(run).toMatchObject({ status: "succeeded", attempts: 2, errorMessage: null });
  }, 240_000);

  it("exposes job, queue and item metrics", async () => {
    const [{ metrics }, { refreshJobGauges }] = await Promise.all([import("@/lib/metrics/registry"), import("@/lib/metrics/refresh-job-gauges")]);
    await refreshJobGauges();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/postmood_jobs_total\{[^}]*type="ingest-keyword"[^}]*state="succeeded"[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_jobs_total\{[^}]*type="ingest-keyword"[^}]*state="retrying"[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_job_duration_seconds_count\{[^}]*type="classify-items"[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_queue_jobs\{[^}]*queue="classify-items"[^}]*state="completed"[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_items_ingested_total\{[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_items_classified_total\{[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_inference_batch_duration_seconds_count\{[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_inference_batch_items_sum\{[^}]*\} [1-9]/);
    expect(text).toMatch(/postmood_reddit_ratelimit_remaining\{[^}]*client="reddit:postmood-test"[^}]*\} \d+/);
  });

  it("refuses bad input with 422 and the field errors", async () => {
    const response = await app.post({ keyword: "https://reddit.com/r/x", subreddits: ["no spaces allowed"], limit: 0 });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(Object.keys(error.fields).sort()).toEqual(["keyword", "limit", "subreddits.0"]);
  });
});
