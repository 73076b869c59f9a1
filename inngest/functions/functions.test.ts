import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { useFakeRedditEnv } from "@/test/helpers/fake-reddit-env";

// The Inngest wrappers, run in-process by @inngest/test against the real database, the fake Reddit and the
// embedded model. Only inngest.send (which needs an Inngest server) is replaced, by a spy that records the events.
// The engine enforces no singleton or retries here, so their registered config is asserted as the server sees it.

let fake: FakeReddit;
let m: Awaited<ReturnType<typeof load>>;

async function load() {
  const [client, ingest, classify, db, errors, registry] = await Promise.all([
    import("@/inngest/client"),
    import("@/inngest/functions/ingest-keyword"),
    import("@/inngest/functions/classify-items"),
    import("@/lib/db"),
    import("@/lib/jobs/permanent-error"),
    import("@/lib/metrics/registry"),
  ]);
  return { inngest: client.inngest, ...ingest, ...classify, prisma: db.prisma, PermanentJobError: errors.PermanentJobError, metrics: registry.metrics };
}

// What serve() registers with the Inngest server (getConfig is internal to the SDK, hence the cast).
type RegisteredConfig = { id: string; triggers: { event?: string }[]; [key: string]: unknown };
function registeredConfig(fn: unknown): RegisteredConfig[] {
  const withConfig = fn as { getConfig(options: { baseUrl: URL; appPrefix: string }): RegisteredConfig[] };
  return withConfig.getConfig({ baseUrl: new URL("http://app/api/inngest"), appPrefix: "postmood" });
}

async function createSearch(keyword: string, options: object = { limit: 40 }) {
  return m.prisma.search.create({ data: { keyword, normalizedKeyword: keyword, options } });
}

describe("Inngest functions", () => {
  beforeAll(async () => {
    fake = await useFakeRedditEnv();
    m = await load();
  });
  afterAll(() => fake?.close());

  it("registers ingest-keyword as a singleton per normalized keyword, skipping duplicates, with 3 retries and a failure handler", () => {
    const config = registeredConfig(m.ingestKeyword);
    expect(config[0]).toMatchObject({
      id: "postmood-ingest-keyword",
      triggers: [{ event: "search/keyword.requested" }],
      singleton: { key: "event.data.keyword", mode: "skip" },
      steps: { step: { retries: { attempts: 3 } } },
    });
    expect(config[1]?.triggers[0]).toMatchObject({ event: "inngest/function.failed" });
  });

  it("registers classify-items on items/batch.ingested with retries, bounded concurrency and a failure handler", () => {
    const [config, failure] = registeredConfig(m.classifyItems);
    expect(config).toMatchObject({
      id: "postmood-classify-items",
      triggers: [{ event: "items/batch.ingested" }],
      steps: { step: { retries: { attempts: 4 } } },
      concurrency: { limit: 2 },
    });
    expect(failure?.triggers[0]).toMatchObject({ event: "inngest/function.failed" });
  });

  it("ingest-keyword runs its steps, stores items and emits classification batches with stable ids", async () => {
    const search = await createSearch("ollama");
    const send = vi.spyOn(m.inngest, "send").mockResolvedValue({ ids: [] } as never);
    const t = new InngestTestEngine({ function: m.ingestKeyword });
    const { result, ctx, error } = await t.execute({
      events: [{ name: "search/keyword.requested", data: { searchId: search.id, keyword: "ollama" } }],
    });
    expect(error).toBeUndefined();
    expect(ctx.step.run).toHaveBeenCalledWith("mark-ingesting", expect.any(Function));
    expect(ctx.step.run).toHaveBeenCalledWith("ingest", expect.any(Function));
    expect(ctx.step.run).toHaveBeenCalledWith("finish-ingestion", expect.any(Function));
    expect(result).toMatchObject({ searchId: search.id, stored: expect.any(Number) });
    const stored = (result as { stored: number }).stored;
    expect(stored).toBeGreaterThan(0);

    const events = send.mock.calls.flatMap(([batch]) => batch as unknown as { id: string; name: string; data: { itemIds: string[] } }[]);
    expect(events.every((e) => e.name === "items/batch.ingested" && e.id.startsWith(`items-ingested-${search.id}-`))).toBe(true);
    expect(events.flatMap((e) => e.data.itemIds)).toHaveLength(stored);
    expect(events.every((e) => e.data.itemIds.length <= 100)).toBe(true);
    const row = await m.prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row).toMatchObject({ status: "classifying", storedCount: stored, expectedCount: stored });
    send.mockRestore();
  });

  it("ingest-keyword turns a permanent fault into NonRetriableError", async () => {
    const search = await createSearch("rust", { subreddits: ["secretclub"] });
    const t = new InngestTestEngine({ function: m.ingestKeyword });
    const { error } = await t.execute({
      events: [{ name: "search/keyword.requested", data: { searchId: search.id, keyword: "rust" } }],
    });
    expect(error).toMatchObject({ name: "NonRetriableError", message: expect.stringMatching(/private/i) });
  });

  it("classify-items predicts a batch, finishes the search, and is idempotent on redelivery", async () => {
    const search = await createSearch("taylor swift");
    const send = vi.spyOn(m.inngest, "send").mockResolvedValue({ ids: [] } as never);
    await new InngestTestEngine({ function: m.ingestKeyword }).execute({
      events: [{ name: "search/keyword.requested", data: { searchId: search.id, keyword: "taylor swift" } }],
    });
    const events = send.mock.calls.flatMap(([batch]) => batch as unknown as { name: "items/batch.ingested"; data: { searchId: string; itemIds: string[] } }[]);
    send.mockRestore();
    const t = new InngestTestEngine({ function: m.classifyItems });
    for (const event of events) {
      // other test files may have classified some of these Reddit items already (same fake corpus, same database)
      const unpredicted = await m.prisma.redditItem.count({ where: { id: { in: event.data.itemIds }, predictions: { none: {} } } });
      const { result } = await t.execute({ events: [event] });
      expect(result).toMatchObject({ searchId: search.id, classified: unpredicted });
    }
    // a fresh engine: the same one would replay its memoized steps
    const again = await new InngestTestEngine({ function: m.classifyItems }).execute({ events: [events[0]!] });
    expect(again.result).toMatchObject({ classified: 0 });
    const row = await m.prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row.status).toBe("done");
    expect(row.classifiedCount).toBe(row.storedCount);
  });

  it("records a JobRun row and the job metrics for each run, as the BullMQ driver does", async () => {
    const search = await createSearch("steam deck");
    const before = await jobCount("ingest-keyword");
    const send = vi.spyOn(m.inngest, "send").mockResolvedValue({ ids: [] } as never);
    const { result } = await new InngestTestEngine({ function: m.ingestKeyword }).execute({
      events: [{ name: "search/keyword.requested", data: { searchId: search.id, keyword: "steam deck" } }],
    });
    send.mockRestore();
    const runs = await m.prisma.jobRun.findMany({ where: { searchId: search.id } });
    expect(runs).toEqual([
      expect.objectContaining({ type: "ingest-keyword", engine: "inngest", externalId: expect.any(String), status: "succeeded", attempts: 1, finishedAt: expect.any(Date) }),
    ]);
    expect(runs[0]!.progress).toMatchObject({ result: { searchId: search.id, stored: (result as { stored: number }).stored } });
    const after = await jobCount("ingest-keyword");
    expect(after.started - before.started).toBe(1);
    expect(after.succeeded - before.succeeded).toBe(1);
    expect(after.durations - before.durations).toBe(1);
  });

  it("a classify batch that fails for good fails its search and its JobRun (onFailure), as under BullMQ", async () => {
    const search = await m.prisma.search.create({
      data: { keyword: "rust", normalizedKeyword: "rust", options: { limit: 40 }, status: "classifying", startedAt: new Date() },
    });
    const event = { name: "items/batch.ingested" as const, data: { searchId: search.id, itemIds: ["t3_missing"] } };
    const runId = `01TEST${search.id}`;
    await m.prisma.jobRun.create({ data: { type: "classify-items", engine: "inngest", externalId: runId, status: "running", attempts: 5, searchId: search.id } });
    const before = await jobCount("classify-items");

    // What Inngest sends the failure handler once retries are exhausted ("inngest/function.failed"). @inngest/test
    // cannot run onFailure handlers (InngestTestEngine always executes the main handler), so it is called directly.
    const onFailure = (m.classifyItems as unknown as { onFailureFn: (args: object) => Promise<unknown> }).onFailureFn;
    const error = Object.assign(new Error("model file is corrupt"), { name: "Error" });
    await onFailure({
      event: { name: "inngest/function.failed", data: { function_id: "postmood-classify-items", run_id: runId, error: { name: "Error", message: error.message }, event } },
      error,
    });

    const row = await m.prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row).toMatchObject({ status: "failed", errorCode: "job-failed", finishedAt: expect.any(Date) });
    expect(row.errorMessage).toMatch(/classify-items failed: model file is corrupt/);
    expect(await m.prisma.jobRun.findFirstOrThrow({ where: { externalId: runId } })).toMatchObject({
      status: "failed",
      attempts: 5,
      errorMessage: "model file is corrupt",
      finishedAt: expect.any(Date),
    });
    expect((await jobCount("classify-items")).failed - before.failed).toBe(1);
  });
});

async function jobCount(type: string) {
  const text = await m.metrics.registry.metrics();
  const read = (metric: string, state: string) =>
    Number(text.match(new RegExp(`${metric}\\{[^}]*type="${type}",state="${state}"[^}]*\\} (\\d+)`))?.[1] ?? 0);
  return {
    started: read("postmood_jobs_total", "started"),
    succeeded: read("postmood_jobs_total", "succeeded"),
    failed: read("postmood_jobs_total", "failed"),
    durations: read("postmood_job_duration_seconds_count", "succeeded"),
  };
}
