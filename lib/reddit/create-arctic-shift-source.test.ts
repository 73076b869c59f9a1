import { afterEach, describe, expect, it } from "vitest";
import { createVirtualClock } from "@/lib/fake-reddit/create-virtual-clock";
import { generateCorpus, type Corpus } from "@/lib/fake-reddit/generate-corpus";
import { searchCorpus } from "@/lib/fake-reddit/search-corpus";
import { startFakeReddit, type FakeReddit, type FakeOptions } from "@/lib/fake-reddit/start-fake-reddit";
import { createArcticShiftSource, type ArcticShiftOptions } from "@/lib/reddit/create-arctic-shift-source";
import { createHttpContext } from "@/lib/reddit/http-context";
import { TEST_USER_AGENT } from "@/lib/fake-reddit/create-test-client";
import type { SourcePage } from "@/lib/reddit/types";

const corpus = generateCorpus({ postsPerKeyword: 200 });
const started: FakeReddit[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.close()));
});

async function run(search: Partial<ArcticShiftOptions> = {}, fake: Omit<FakeOptions, "clock"> = {}) {
  const clock = createVirtualClock();
  const server = await startFakeReddit({ corpus, ...fake, clock: clock.now });
  started.push(server);
  const ctx = createHttpContext({ userAgent: TEST_USER_AGENT, limiterKey: `arctic-${Math.random()}`, sleep: clock.sleep, now: clock.now, random: () => 0.5 });
  const source = createArcticShiftSource({ ctx, baseUrl: server.url, keyword: "climate", ...search });
  const pages: SourcePage[] = [];
  for await (const page of source.pages({})) pages.push(page);
  const all = pages.flatMap((p) => p.items);
  return { server, clock, ctx, pages, last: pages.at(-1)!, ids: all.map((i) => i.id), all };
}

// What the fake holds for a query, as fullnames (before normalization skips).
function expectedIds(c: Corpus, kind: "posts" | "comments", query: string): string[] {
  const things = kind === "posts" ? c.posts : c.comments;
  return searchCorpus({ things, query, fields: kind === "posts" ? ["title", "selftext"] : ["body"], end: c.end }).map((t) => t.name);
}

describe("Arctic Shift source", () => {
  it("pages oldest-first by created_utc until a short page, posts then comments", async () => {
    const { pages, last, ids, server } = await run({ includeComments: true });
    const fetched = pages.reduce((n, p) => n + p.fetched, 0);
    expect(fetched).toBe(expectedIds(corpus, "posts", "climate").length + expectedIds(corpus, "comments", "climate").length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(last).toMatchObject({ stopReason: "exhausted" });
    expect(ids.some((i) => i.startsWith("t1_"))).toBe(true);
    const first = new URL(server.state.log[0]!.path, server.url).searchParams;
    expect(Object.fromEntries(first)).toMatchObject({ query: "climate", sort: "asc", limit: "100" });
    expect(server.state.log.some((l) => l.path.startsWith("/api/comments/search?body=climate"))).toBe(true);
  });

  it("keeps paging past short pages until an empty one (issue 11.2)", async () => {
    const { pages, last, ids } = await run({ includeComments: true }, { scenario: { name: "short-pages", size: 30 } });
    const fetched = pages.reduce((n, p) => n + p.fetched, 0);
    expect(fetched).toBe(expectedIds(corpus, "posts", "climate").length + expectedIds(corpus, "comments", "climate").length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(last.stopReason).toBe("exhausted");
  });

  it("loses nothing when many items share the page-boundary second", async () => {
    // 300 posts in clusters of 7 per second: every page boundary cuts a cluster.
    const clustered: Corpus = { ...corpus, posts: corpus.posts.filter((p) => String(p.title).toLowerCase().includes("climate")).slice(0, 300).map((p, i) => ({ ...p, created_utc: 1780000000 + Math.floor(i / 7), removed_by_category: null, selftext: "climate text", over_18: false })) };
    const { ids, last, pages } = await run({}, { corpus: clustered });
    expect(ids.sort()).toEqual(clustered.posts.map((p) => p.name).sort());
    expect(last.stopReason).toBe("exhausted");
    expect(pages.length).toBeGreaterThan(3);
  });

  it("stops with repeated-cursor when one second holds more than a page", async () => {
    const crowded: Corpus = { ...corpus, posts: corpus.posts.slice(0, 300).map((p) => ({ ...p, title: "climate", created_utc: 1780000000 })) };
    const { last } = await run({ pageSize: 50 }, { corpus: crowded });
    expect(last.stopReason).toBe("repeated-cursor");
  });

  it("retries Arctic Shift 5xx answers with backoff", async () => {
    const { clock, ids } = await run({}, { scenario: { name: "server-error", status: 502, times: 2 } });
    expect(clock.sleeps).toEqual([750, 1500]);
    expect(ids.length).toBeGreaterThan(0);
  });

  it("filters by subreddit and time range", async () => {
    const after = new Date(Date.UTC(2026, 7, 1));
    const { all } = await run({ subreddits: ["science"], after });
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((i) => i.subreddit === "science" && i.createdUtc > after)).toBe(true);
  });

  it("searches every subreddit asked for, posts and comments of each (issue 11.5)", async () => {
    const { all, last, server } = await run({ subreddits: ["science", "environment"], includeComments: true });
    expect(new Set(all.map((i) => i.subreddit))).toEqual(new Set(["science", "environment"]));
    const expected = [...corpus.posts, ...corpus.comments].filter((t) => ["science", "environment"].includes(t.subreddit) && /\bclimate\b/i.test(String(t.title ?? "") + String(t.selftext ?? t.body ?? "")));
    expect(all.length).toBeGreaterThan(expected.length / 2);
    expect(server.state.log.some((l) => l.path.includes("/api/comments/search") && l.path.includes("subreddit=environment"))).toBe(true);
    expect(last.note).toMatch(/r\/science posts: exhausted; r\/science comments: exhausted; r\/environment posts/);
  });

  it("skips the comments of NSFW posts unless NSFW is included, then flags them (issue 11.7)", async () => {
    const nsfwPosts = new Set(corpus.posts.filter((p) => p.over_18 === true).map((p) => p.name));
    const underNsfw = corpus.comments.filter((c) => nsfwPosts.has(String(c.link_id)) && /\bclimate\b/i.test(String(c.body)));
    expect(underNsfw.length).toBeGreaterThan(0);
    const without = await run({ includeComments: true });
    expect(without.all.filter((i) => nsfwPosts.has(i.linkId ?? ""))).toEqual([]);
    expect(without.pages.reduce((n, p) => n + (p.skipped.nsfw ?? 0), 0)).toBeGreaterThanOrEqual(underNsfw.length);
    const withNsfw = await run({ includeComments: true, includeNsfw: true });
    const flagged = withNsfw.all.filter((i) => nsfwPosts.has(i.linkId ?? ""));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((i) => i.isNsfw)).toBe(true);
  });

  it("decodes Arctic Shift's escaped text exactly once, so a typed &amp; survives (issue 11.1)", async () => {
    const { all } = await run({ includeComments: true });
    const typed = [...corpus.posts, ...corpus.comments].filter((t) => /&amp;/.test(String(t.selftext ?? t.body ?? "")));
    const byId = new Map(all.map((i) => [i.id, i]));
    const met = typed.filter((t) => byId.has(t.name));
    expect(met.length).toBeGreaterThan(0);
    for (const thing of met) expect(byId.get(thing.name)?.body).toBe(thing.selftext ?? thing.body);
  });
});
