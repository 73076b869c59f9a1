import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { IngestSource, Prisma } from "@/lib/generated/prisma/client";
import { createTestClient } from "@/lib/fake-reddit/create-test-client";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import type { FakeOptions, FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import type { Scenario } from "@/lib/fake-reddit/fake-types";
import { ingestSearch } from "@/lib/ingest/ingest-search";
import { waitFor } from "@/test/helpers/fake-reddit-env";
import { createRedditSource, type RedditSearchOptions } from "@/lib/reddit/create-reddit-source";
import { createVirtualClock } from "@/lib/fake-reddit/create-virtual-clock";
import { startFakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { TEST_USER_AGENT } from "@/lib/fake-reddit/create-test-client";
import { createArcticShiftSource } from "@/lib/reddit/create-arctic-shift-source";
import { createHttpContext } from "@/lib/reddit/http-context";
import { formatIngestSummary } from "@/lib/ingest/format-ingest-summary";

// ingestSearch against the fake Reddit and the real test database. Every search and item made here is deleted
// afterwards; other suites share the database.
const corpus = generateCorpus();
const servers: FakeReddit[] = [];
const searchIds: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((f) => f.close()));
});
afterAll(async () => {
  const hits = await prisma.searchHit.findMany({ where: { searchId: { in: searchIds } }, select: { itemId: true } });
  await prisma.search.deleteMany({ where: { id: { in: searchIds } } });
  await prisma.redditItem.deleteMany({ where: { id: { in: hits.map((h) => h.itemId) } } });
  await prisma.$disconnect();
});

async function createSearch(keyword: string, source: IngestSource = "reddit", options: Prisma.InputJsonObject = {}) {
  const search = await prisma.search.create({ data: { keyword, normalizedKeyword: `${keyword.toLowerCase()} ${randomUUID()}`, source, options } });
  searchIds.push(search.id);
  return search;
}

async function fakeSource(fake: Omit<FakeOptions, "clock" | "corpus"> = {}, search: Partial<RedditSearchOptions> = {}) {
  const t = await createTestClient({ fake: { corpus, ...fake } });
  servers.push(t.fake);
  const source = (extra: Partial<RedditSearchOptions> = {}) =>
    createRedditSource({ ctx: t.ctx, auth: t.auth, apiBaseUrl: t.fake.url, keyword: "rust", sort: "new", ...search, ...extra });
  return { ...t, source };
}

async function arcticSource(fake: Omit<FakeOptions, "clock" | "corpus"> = {}) {
  const clock = createVirtualClock();
  const server = await startFakeReddit({ corpus, ...fake, clock: clock.now });
  servers.push(server);
  const ctx = createHttpContext({ userAgent: TEST_USER_AGENT, limiterKey: `arctic-${randomUUID()}`, sleep: clock.sleep, now: clock.now, random: () => 0.5 });
  return { server, source: () => createArcticShiftSource({ ctx, baseUrl: server.url, keyword: "climate" }) };
}

const hitIds = async (searchId: string) => (await prisma.searchHit.findMany({ where: { searchId }, orderBy: { itemId: "asc" } })).map((h) => h.itemId);

describe("ingestSearch", () => {
  it("stores a search page by page with counters, skip reasons, cursor and stop reason", async () => {
    const t = await fakeSource();
    const search = await createSearch("rust");
    const storedBatches: string[][] = [];
    const progress: number[] = [];
    const result = await ingestSearch({ searchId: search.id, source: t.source(), onPageStored: (ids) => void storedBatches.push(ids), onProgress: (p) => progress.push(p.stored) });
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(result).toMatchObject({ stopReason: "exhausted", fetched: 250, requests: 4 });
    expect(row).toMatchObject({ fetchedCount: 250, storedCount: result.stored, skippedCount: result.skipped, requestCount: 4, stopReason: "exhausted", errorCode: null });
    expect(result.stored + result.skipped + (result.duplicates - result.nearDuplicates)).toBe(250);
    expect(Object.keys(row.skippedByReason as object)).toEqual(expect.arrayContaining(["deleted", "removed", "nsfw"]));
    expect(storedBatches.flat().sort()).toEqual(await hitIds(search.id));
    expect(progress.at(-1)).toBe(result.stored);
    expect(await prisma.redditItem.count({ where: { id: { in: storedBatches.flat() } } })).toBe(result.stored);
    expect(row.cursor).toMatchObject({ note: "all of Reddit: exhausted after 250 results; Reddit search stops near 250, Arctic Shift has more" });
  });

  it("counts the same post on two pages once (case 14)", async () => {
    const t = await fakeSource({ scenario: { name: "shifting-pages" } });
    const search = await createSearch("rust");
    const result = await ingestSearch({ searchId: search.id, source: t.source() });
    const ids = await hitIds(search.id);
    expect(result.duplicates - result.nearDuplicates).toBeGreaterThan(0);
    expect(ids.length).toBe(result.stored);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resumes after a failure mid-way and ends with every item stored exactly once (case 8)", async () => {
    const clean = await fakeSource();
    const reference = await createSearch("rust");
    await ingestSearch({ searchId: reference.id, source: clean.source() });

    const t = await fakeSource({ scenario: { name: "server-error", status: 503, after: 2, times: 99 } });
    const search = await createSearch("rust");
    await expect(ingestSearch({ searchId: search.id, source: t.source() })).rejects.toMatchObject({ code: "server-error" });
    const failed = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(failed).toMatchObject({ stopReason: "error", errorCode: "server-error", fetchedCount: 200 });
    expect(failed.errorMessage).toMatch(/503/);
    expect(failed.cursor).toMatchObject({ after: expect.stringMatching(/^t3_/) });

    t.fake.setScenario({ name: "normal" });
    const resumed = await ingestSearch({ searchId: search.id, source: t.source() });
    expect(resumed).toMatchObject({ stopReason: "exhausted", fetched: 250 });
    expect(await hitIds(search.id)).toEqual(await hitIds(reference.id));
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row.storedCount).toBe((await hitIds(search.id)).length);
    expect(t.logOf("/search").filter((l) => l.status === 200)).toHaveLength(3); // no page fetched twice
  });

  it("never duplicates items when overlapping searches run at the same time", async () => {
    const t = await fakeSource({ searchCap: 5000 });
    const searches = await Promise.all([createSearch("rust"), createSearch("rust"), createSearch("rust")]);
    const sorts = ["new", "top", "relevance"]; // same items, met in a different order by each search
    const results = await Promise.all(searches.map((s, i) => ingestSearch({ searchId: s.id, source: t.source({ sort: sorts[i], listingCap: 5000 }) })));
    expect(results.every((r) => r.stopReason === "exhausted")).toBe(true);
    const all = await Promise.all(searches.map((s) => hitIds(s.id)));
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);
    const dupes = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT id FROM reddit_items GROUP BY id HAVING count(*) > 1) d`;
    expect(dupes[0]?.n).toBe(0);
  });

  it("flags crossposts and copypasta as near-duplicates of the first item with the same text (case 22)", async () => {
    const t = await fakeSource({ searchCap: 5000 });
    const search = await createSearch("rust");
    const result = await ingestSearch({ searchId: search.id, source: t.source({ listingCap: 1000 }) });
    expect(result.nearDuplicates).toBeGreaterThan(0);
    const flagged = await prisma.searchHit.findMany({ where: { searchId: search.id, nearDuplicateOf: { not: null } }, include: { item: true } });
    for (const hit of flagged) {
      const original = await prisma.redditItem.findUniqueOrThrow({ where: { id: hit.nearDuplicateOf! } });
      expect(original.textHash).toBe(hit.item.textHash);
    }
    expect(flagged.some((h) => h.item.crosspostParent === h.nearDuplicateOf)).toBe(true);
    // The original of a group is never flagged itself.
    const flaggedIds = new Set(flagged.map((h) => h.itemId));
    expect(flagged.filter((h) => flaggedIds.has(h.nearDuplicateOf!))).toEqual([]);
  });

  it("stops at the search limit, records the reason and does not fetch a finished search again", async () => {
    const t = await fakeSource();
    const search = await createSearch("rust", "reddit", { limit: 120 });
    const result = await ingestSearch({ searchId: search.id, source: t.source() });
    expect(result).toMatchObject({ stored: 120, stopReason: "limit" });
    const before = t.fake.state.log.length;
    expect(await ingestSearch({ searchId: search.id, source: t.source() })).toMatchObject({ stored: 120, stopReason: "limit" });
    expect(t.fake.state.log.length).toBe(before);
  });

  it("stops when aborted, and a re-run picks up where it stopped", async () => {
    const t = await fakeSource();
    const search = await createSearch("rust");
    const controller = new AbortController();
    const first = await ingestSearch({ searchId: search.id, source: t.source(), signal: controller.signal, onPageStored: () => controller.abort() });
    expect(first.stopReason).toBe("aborted");
    expect((await prisma.search.findUniqueOrThrow({ where: { id: search.id } })).stopReason).toBe("aborted");
    const second = await ingestSearch({ searchId: search.id, source: t.source() });
    expect(second).toMatchObject({ stopReason: "exhausted", fetched: 250 });
  });

  it("hands the last committed page to onPageStored again when the callback failed (at-least-once)", async () => {
    const t = await fakeSource();
    const search = await createSearch("rust");
    let first: string[] = [];
    const failing = async (ids: string[]) => {
      first = ids;
      throw new Error("queue unavailable");
    };
    await expect(ingestSearch({ searchId: search.id, source: t.source(), onPageStored: failing })).rejects.toThrow("queue unavailable");
    expect((await prisma.search.findUniqueOrThrow({ where: { id: search.id } })).errorCode).toBe("internal");
    const delivered: string[][] = [];
    await ingestSearch({ searchId: search.id, source: t.source(), onPageStored: (ids) => void delivered.push(ids) });
    expect(delivered[0]).toEqual([...first].sort());
    expect(new Set(delivered.flat())).toEqual(new Set(await hitIds(search.id)));
  });

  it("skips a private and a banned subreddit, stores the rest and records why (issue 11.4)", async () => {
    const t = await fakeSource();
    const search = await createSearch("rust");
    const result = await ingestSearch({ searchId: search.id, source: t.source({ subreddits: ["secretclub", "rust", "bannedsub"] }) });
    expect(result.stored).toBeGreaterThan(0);
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row).toMatchObject({ stopReason: "exhausted", errorCode: null, storedCount: result.stored });
    expect((row.cursor as { note: string }).note).toMatch(/r\/secretclub: skipped \(private: .*r\/bannedsub: skipped \(banned: /);
  });

  it("shows a long rate-limit wait on the search while it lasts (issue 11.3)", async () => {
    const t = await fakeSource({ scenario: { name: "too-many-requests", retryAfter: 30, after: 1 } });
    const search = await createSearch("rust");
    const seenDuringWait: string[] = [];
    const virtualSleep = t.ctx.sleep;
    t.ctx.sleep = async (ms, signal) => {
      if (ms >= 30_000) {
        const row = await waitFor(() => prisma.search.findUniqueOrThrow({ where: { id: search.id } }), (r) => /waiting/.test(String((r.cursor as { note?: string } | null)?.note)), 10_000);
        seenDuringWait.push((row.cursor as { note: string }).note);
      }
      return virtualSleep(ms, signal);
    };
    const heard: number[] = [];
    const result = await ingestSearch({ searchId: search.id, source: t.source(), onWait: (w) => heard.push(w.ms) });
    expect(result.stopReason).toBe("exhausted");
    expect(heard).toContain(30_000);
    expect(seenDuringWait).toEqual([expect.stringMatching(/^waiting 30 s \(until \d\d:\d\d:\d\d UTC\) before \/search: rate-limited \(429\)$/)]);
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect((row.cursor as { note: string }).note).not.toMatch(/waiting/); // the final note replaces it
  });

  it("records a private subreddit as a clear failure on the search (case 12)", async () => {
    const t = await fakeSource();
    const search = await createSearch("rust");
    await expect(ingestSearch({ searchId: search.id, source: t.source({ subreddits: ["secretclub"] }) })).rejects.toMatchObject({ code: "private" });
    expect(await prisma.search.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({ stopReason: "error", errorCode: "private", errorMessage: expect.stringContaining("private") });
  });
});

// What an adversarial Reddit / Arctic Shift can send: good items are stored exactly once, junk is skipped and
// counted by reason, and every run ends with a clear status instead of a crash or a loop.
describe("ingestSearch against a misbehaving source", () => {
  it("stores good items once and counts junk children as malformed when a Reddit listing carries them", async () => {
    const clean = await fakeSource();
    const reference = await createSearch("rust");
    await ingestSearch({ searchId: reference.id, source: clean.source() });

    const t = await fakeSource({ scenario: { name: "odd-things" } });
    const search = await createSearch("rust");
    const result = await ingestSearch({ searchId: search.id, source: t.source() });
    expect(result.stopReason).toBe("exhausted");
    expect(await hitIds(search.id)).toEqual(await hitIds(reference.id));
    expect(result.skippedByReason.malformed).toBe(3 * 3); // 3 pages, each with a child without data, a null, an account
    expect(result.fetched).toBe(result.stored + result.skipped + (result.duplicates - result.nearDuplicates));
    const odd = await prisma.redditItem.findMany({ where: { id: { in: await hitIds(search.id) }, title: { contains: " odd" } } });
    expect(odd.length).toBe(3);
    for (const item of odd) {
      expect(item.title).toContain("\ufffd odd title");
      expect(item).toMatchObject({ score: 12, numComments: 3 });
      expect(item.body.length).toBeGreaterThan(100_000);
    }
    expect(formatIngestSummary({ result, elapsedMs: 1 })).toMatch(/skipped +\d+ \(.*malformed 9/);
  });

  it("counts junk in comment trees as malformed and an unreadable morechildren answer as comments left unexpanded", async () => {
    const t = await fakeSource({ searchCap: 20, scenario: { name: "odd-things" } });
    const search = await createSearch("rust");
    const result = await ingestSearch({ searchId: search.id, source: t.source({ includeComments: true, maxExtraCommentRequests: 100 }) });
    const commentAnswers = t.logOf("/comments/").filter((l) => l.status === 200).length;
    expect(commentAnswers).toBeGreaterThan(0);
    expect(result.skippedByReason.malformed).toBe(3 + 3 * commentAnswers); // the search page's junk, each tree's junk
    expect(result.fetched).toBe(result.stored + result.skipped + (result.duplicates - result.nearDuplicates));
    expect(result.stopReason).toBe("comments-cut");
    expect(result.note).toMatch(/comments: \d+ post\(s\) cut .* \d+ comment\(s\) and 0 thread\(s\) left unexpanded/);
  });

  it("ends a Reddit listing whose cursor cycles back with a clear reason", async () => {
    const t = await fakeSource({ scenario: { name: "cycling-after" } });
    const search = await createSearch("rust");
    const result = await ingestSearch({ searchId: search.id, source: t.source() });
    expect(result.stopReason).toBe("repeated-cursor");
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect((row.cursor as { note: string }).note).toMatch(/all of Reddit: repeated-cursor/);
    expect(new Set(await hitIds(search.id)).size).toBe(row.storedCount);
  });

  it("stores good Arctic Shift rows once when an answer carries junk, a repeat and older rows last", async () => {
    const clean = await arcticSource();
    const reference = await createSearch("climate", "arctic_shift");
    await ingestSearch({ searchId: reference.id, source: clean.source() });

    const t = await arcticSource({ scenario: { name: "odd-things" } });
    const search = await createSearch("climate", "arctic_shift");
    const result = await ingestSearch({ searchId: search.id, source: t.source() });
    expect(result.stopReason).toBe("exhausted");
    expect(await hitIds(search.id)).toEqual(await hitIds(reference.id));
    expect(result.skippedByReason.malformed).toBeGreaterThan(0);
  });

  it("rides out Arctic Shift transport faults (5xx, 429s, cut bodies, resets, HTML) and stores every item once", async () => {
    const clean = await arcticSource();
    const reference = await createSearch("climate", "arctic_shift");
    await ingestSearch({ searchId: reference.id, source: clean.source() });
    const faults: Scenario[] = [
      { name: "server-error", status: 502, body: "html", after: 1, times: 3 },
      { name: "too-many-requests", retryAfter: null, reset: "epoch", after: 1, times: 3 },
      { name: "too-many-requests", retryAfter: -5, after: 1, times: 2 },
      { name: "body-cut", after: 1, times: 2 },
      { name: "connection-reset", after: 1, times: 2 },
      { name: "bad-json", body: "html", after: 1, times: 2 },
    ];
    for (const scenario of faults) {
      const t = await arcticSource({ scenario });
      const search = await createSearch("climate", "arctic_shift");
      const result = await ingestSearch({ searchId: search.id, source: t.source() });
      expect({ scenario: scenario.name, stopReason: result.stopReason }).toEqual({ scenario: scenario.name, stopReason: "exhausted" });
      expect(await hitIds(search.id)).toEqual(await hitIds(reference.id));
    }
  });

  it("ends with a clear error, not a silent day-long sleep, when a 429 asks for an absurd wait", async () => {
    const t = await fakeSource({ scenario: { name: "too-many-requests", retryAfter: 100_000, after: 1 } });
    const search = await createSearch("rust");
    await expect(ingestSearch({ searchId: search.id, source: t.source() })).rejects.toMatchObject({ code: "rate-limited" });
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row).toMatchObject({ stopReason: "error", errorCode: "rate-limited", errorMessage: expect.stringMatching(/asked to wait 100000 s/) });
    expect(row.storedCount).toBeGreaterThan(0);
    expect(t.clock.sleeps.every((ms) => ms < 60_000)).toBe(true);
  });

  it("stops an Arctic Shift listing that answers the same page whatever the cursor", async () => {
    const t = await arcticSource({ scenario: { name: "stuck-after" } });
    const search = await createSearch("climate", "arctic_shift");
    const result = await ingestSearch({ searchId: search.id, source: t.source() });
    expect(result.stopReason).toBe("repeated-cursor");
    expect(t.server.state.log.length).toBeLessThan(5);
    expect(new Set(await hitIds(search.id)).size).toBe(result.stored);
  });

  it("fails with Arctic Shift's own words when a 200 carries only an error", async () => {
    const t = await arcticSource({ scenario: { name: "error-body", after: 1 } });
    const search = await createSearch("climate", "arctic_shift");
    await expect(ingestSearch({ searchId: search.id, source: t.source() })).rejects.toThrow(/Timeout\. Maybe slow down a bit/);
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row).toMatchObject({ stopReason: "error", errorMessage: expect.stringContaining("Timeout. Maybe slow down a bit") });
    expect(row.storedCount).toBeGreaterThan(0); // the first page, before the error, is kept
  });

  it("reports a 401 from Arctic Shift, which takes no credentials, without blaming the Reddit credentials", async () => {
    const t = await arcticSource({ scenario: { name: "server-error", status: 401, body: "html", times: 99 } });
    const search = await createSearch("climate", "arctic_shift");
    await expect(ingestSearch({ searchId: search.id, source: t.source() })).rejects.toMatchObject({ code: "unauthorized" });
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row).toMatchObject({ stopReason: "error", errorCode: "unauthorized", errorMessage: "Unauthorized (401) from /api/posts/search" });
  });

  it("reports a refused token request as a token failure, not as refused subreddits", async () => {
    const t = await fakeSource({ scenario: { name: "token-refused" } });
    const search = await createSearch("rust");
    await expect(ingestSearch({ searchId: search.id, source: t.source({ subreddits: ["rust", "programming"] }) })).rejects.toMatchObject({ code: "token-error" });
    const row = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(row).toMatchObject({ stopReason: "error", errorCode: "token-error", errorMessage: expect.stringMatching(/token request \(HTTP 403\).*access_token/) });
  });
});
