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
    const { all } = await run({ subreddit: "science", after });
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((i) => i.subreddit === "science" && i.createdUtc > after)).toBe(true);
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
