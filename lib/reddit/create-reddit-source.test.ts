import { afterEach, describe, expect, it } from "vitest";
import { createTestClient } from "@/lib/fake-reddit/create-test-client";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import type { FakeOptions, FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { createRedditSource, type RedditSearchOptions } from "@/lib/reddit/create-reddit-source";
import { fetchPostComments } from "@/lib/reddit/fetch-post-comments";
import { normalizeItem } from "@/lib/reddit/normalize-item";
import { requestJson } from "@/lib/reddit/request-json";
import type { SourcePage } from "@/lib/reddit/types";

// Listing, pagination, item and comment cases of EDGE_CASES.md (3, 13–16, 20, 22–24) through the Reddit source.
const corpus = generateCorpus();
const started: FakeReddit[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.close()));
});

async function setup(fake: Omit<FakeOptions, "clock" | "corpus"> = {}) {
  const t = await createTestClient({ fake: { corpus, ...fake } });
  started.push(t.fake);
  const run = async (search: Partial<RedditSearchOptions> = {}) => {
    const source = createRedditSource({ ctx: t.ctx, auth: t.auth, apiBaseUrl: t.fake.url, keyword: "rust", ...search });
    const pages: SourcePage[] = [];
    for await (const page of source.pages({})) pages.push(page);
    return { pages, last: pages.at(-1)!, ids: pages.flatMap((p) => p.items.map((i) => i.id)), fetched: pages.reduce((n, p) => n + p.fetched, 0) };
  };
  return { ...t, run };
}

describe("listings", () => {
  it("clamps limit above 100 and falls back to 25 for a non-integer (case 13)", async () => {
    const t = await setup();
    const count = async (limit: string) => {
      const json = (await requestJson({ ctx: t.ctx, auth: t.auth, url: `${t.fake.url}/search?q=rust&limit=${limit}` })) as { data: { children: unknown[] } };
      return json.data.children.length;
    };
    expect([await count("500"), await count("abc"), await count("2.5"), await count("7")]).toEqual([100, 25, 25, 7]);
  });

  it("pages with limit 100 and raw_json=1 until after is null; search ends near 250 (cases 15, 16)", async () => {
    const t = await setup();
    const { last, fetched, ids } = await t.run({ sort: "new" });
    expect(fetched).toBe(250);
    expect(last).toMatchObject({ stopReason: "exhausted" });
    expect(new Set(ids).size).toBe(ids.length);
    const searches = t.logOf("/search");
    expect(searches).toHaveLength(3);
    expect(searches.every((l) => l.path.includes("limit=100") && l.path.includes("raw_json=1"))).toBe(true);
  });

  it("stops at the listing cap (case 16)", async () => {
    const t = await setup({ searchCap: 5000 });
    const { last, fetched } = await t.run({ listingCap: 300 });
    expect(fetched).toBe(300);
    expect(last.stopReason).toBe("listing-cap");
  });

  it("stops a loop on a repeated after, and an empty page that still has an after (case 15)", async () => {
    const loop = await setup({ scenario: { name: "repeated-after" } });
    const looped = await loop.run();
    expect(looped.last).toMatchObject({ stopReason: "repeated-cursor" });
    expect(loop.logOf("/search")).toHaveLength(2); // page 2 hands back page 1's after: stop there
    const empty = await setup({ scenario: { name: "empty-page" } });
    const emptied = await empty.run();
    expect(emptied.last).toMatchObject({ stopReason: "repeated-cursor" }); // an empty page handing back its own after
    expect(emptied.fetched).toBe(100);
  });

  it("keeps paging past an empty page that carries a new after, until after is null (issue 11.2)", async () => {
    const t = await setup({ scenario: { name: "empty-page", advance: true } });
    const { last, fetched } = await t.run({ sort: "new" });
    expect(t.logOf("/search")).toHaveLength(3); // page 2 is empty, page 3 holds the last 50
    expect(fetched).toBe(150);
    expect(last.stopReason).toBe("exhausted");
  });

  it("sees the same post on two pages when sort=new shifts (case 14; dedup is the store's job)", async () => {
    const t = await setup({ scenario: { name: "shifting-pages" } });
    const { ids, last } = await t.run({ sort: "new" });
    expect(ids.length - new Set(ids).size).toBeGreaterThan(0);
    expect(last.stopReason).toBe("exhausted");
  });

  it("resumes the same after with a fresh token when the old one is revoked mid-pagination (case 3)", async () => {
    const t = await setup({ scenario: { name: "revoke-tokens", after: 1 } });
    const { last } = await t.run();
    const searches = t.logOf("/search");
    expect(searches.map((l) => l.status)).toEqual([200, 401, 200, 200]);
    expect(new URL(searches[1]!.path, t.fake.url).searchParams.get("after")).toBe(new URL(searches[2]!.path, t.fake.url).searchParams.get("after"));
    expect(last.stopReason).toBe("exhausted");
  });

  it("surfaces a nonexistent subreddit as an error when it is the only one (case 11)", async () => {
    const t = await setup();
    await expect(t.run({ subreddits: ["doesnotexist123"] })).rejects.toMatchObject({ code: "subreddit-not-found" });
  });

  it("skips a private, a banned and a missing subreddit with their reasons and searches the rest (issue 11.4)", async () => {
    const t = await setup();
    const { ids, last } = await t.run({ subreddits: ["secretclub", "rust", "bannedsub", "doesnotexist123"] });
    expect(ids.length).toBeGreaterThan(0);
    expect(last.stopReason).toBe("exhausted");
    expect(last.note).toMatch(/r\/secretclub: skipped \(private: /);
    expect(last.note).toMatch(/r\/rust: exhausted after \d+ results/);
    expect(last.note).toMatch(/r\/bannedsub: skipped \(banned: /);
    expect(last.note).toMatch(/r\/doesnotexist123: skipped \(subreddit-not-found: /);
  });
});

describe("items", () => {
  it("skips deleted/removed/NSFW by reason, flags crossposts and stickied posts (cases 17, 22, 23)", async () => {
    const t = await setup({ searchCap: 5000 });
    const { pages } = await t.run({ listingCap: 1000 });
    const skipped = pages.reduce<Record<string, number>>((acc, p) => {
      for (const [k, v] of Object.entries(p.skipped)) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {});
    expect(skipped.deleted).toBeGreaterThan(0);
    expect(skipped.removed).toBeGreaterThan(0);
    expect(skipped.nsfw).toBeGreaterThan(0);
    const items = pages.flatMap((p) => p.items);
    expect(items.some((i) => i.crosspostParent?.startsWith("t3_"))).toBe(true);
    expect(items.some((i) => i.isNsfw)).toBe(false);
    const withNsfw = await t.run({ listingCap: 1000, includeNsfw: true });
    expect(withNsfw.pages.flatMap((p) => p.items).some((i) => i.isNsfw)).toBe(true);
  });

  it("decodes the entities Reddit sends when raw_json=1 is missing (case 20)", async () => {
    const t = await setup();
    const post = corpus.posts.find((p) => String(p.selftext).includes(" & ") && !String(p.selftext).includes("&amp;") && String(p.title).includes("Rust") && !p.removed_by_category && !p.over_18)!;
    const fetchOne = async (rawJson: boolean) => {
      const url = `${t.fake.url}/comments/${post.id}${rawJson ? "?raw_json=1" : ""}`;
      const json = (await requestJson({ ctx: t.ctx, auth: t.auth, url })) as { data: { children: { data: unknown }[] } }[];
      return json[0]!.data.children[0]!.data as Record<string, unknown>;
    };
    const escaped = await fetchOne(false);
    expect(String(escaped.selftext)).toContain("&amp;");
    const a = normalizeItem({ raw: escaped, kind: "t3", source: "reddit", escaped: true }).item;
    const b = normalizeItem({ raw: await fetchOne(true), kind: "t3", source: "reddit" }).item;
    expect(a?.body).toBe(post.selftext);
    expect(a?.normalizedText).toBe(b?.normalizedText);
  });

  it("keeps a literal &amp; a user typed: raw_json=1 text is not decoded again (issue 11.1)", async () => {
    const t = await setup({ searchCap: 5000 });
    const typed = corpus.posts.filter((p) => String(p.selftext).includes("&amp;") && !p.removed_by_category && !p.over_18 && /rust/i.test(String(p.title)));
    expect(typed.length).toBeGreaterThan(0);
    const { pages } = await t.run({ listingCap: 1000 });
    const items = new Map(pages.flatMap((p) => p.items).map((i) => [i.id, i]));
    for (const post of typed) if (items.has(post.name)) expect(items.get(post.name)?.body).toBe(post.selftext);
    expect(typed.some((p) => items.has(p.name))).toBe(true);
  });
});

describe("comments (case 24)", () => {
  // A big thread with the deepest reply chain, so both kinds of stub occur.
  const depthOf = (name: string) => Math.max(0, ...corpus.comments.filter((c) => c.link_id === name).map((c) => Number(c.depth)));
  const big = corpus.posts.filter((p) => Number(p.num_comments) >= 30).sort((a, b) => depthOf(b.name) - depthOf(a.name))[0]!;
  const expected = corpus.comments.filter((c) => c.link_id === big.name).map((c) => c.id).sort();

  it.each([
    ["more stubs through /api/morechildren", { commentBudget: 10, maxDepth: 50 }, "/api/morechildren"],
    ["continue-this-thread stubs through ?comment=", { commentBudget: 500, maxDepth: 2 }, "/comments/"],
  ] as const)("walks nested replies and expands %s", async (_label, fake, path) => {
    const t = await setup(fake);
    const { comments, unexpanded } = await fetchPostComments({ ctx: t.ctx, auth: t.auth, apiBaseUrl: t.fake.url, postId: big.id, maxExtraRequests: 100 });
    expect(comments.map((c) => String(c.id)).sort()).toEqual(expected);
    expect(unexpanded).toBe(0);
    expect(comments.every((c) => !("replies" in c))).toBe(true);
    const extra = t.fake.state.log.filter((l) => l.path.startsWith(path) && (path !== "/comments/" || l.path.includes("comment=")));
    expect(extra.length).toBeGreaterThan(0);
  });

  it("respects the expansion bound", async () => {
    const t = await setup();
    const { comments, unexpanded } = await fetchPostComments({ ctx: t.ctx, auth: t.auth, apiBaseUrl: t.fake.url, postId: big.id, maxExtraRequests: 1 });
    expect(comments.length).toBeLessThan(expected.length);
    expect(unexpanded).toBeGreaterThan(0);
    expect(t.fake.state.log.filter((l) => l.path.startsWith("/comments") || l.path.startsWith("/api/morechildren"))).toHaveLength(2);
  });

  it("expands posts whose num_comments is null (issue 11.6)", async () => {
    const t = await setup({ searchCap: 20, scenario: { name: "null-num-comments" } });
    const { pages } = await t.run({ includeComments: true });
    expect(pages.flatMap((p) => p.items).filter((i) => i.kind === "comment").length).toBeGreaterThan(0);
  });

  it("reports what the expansion bound left instead of calling the search exhausted (issue 11.6)", async () => {
    const t = await setup({ searchCap: 200, commentBudget: 3 });
    const { last } = await t.run({ includeComments: true, maxExtraCommentRequests: 1 });
    expect(last.stopReason).toBe("comments-cut");
    expect(last.note).toMatch(/comments: \d+ post\(s\) cut at 1 extra requests each, \d+ comment\(s\) and \d+ thread\(s\) left unexpanded/);
    const roomy = await setup({ searchCap: 20 });
    expect((await roomy.run({ includeComments: true, maxExtraCommentRequests: 100 })).last.stopReason).toBe("exhausted");
  });

  it("flags the comments of an NSFW post as NSFW (issue 11.7)", async () => {
    const t = await setup({ searchCap: 5000 });
    const { pages } = await t.run({ includeComments: true, includeNsfw: true, listingCap: 400 });
    const items = pages.flatMap((p) => p.items);
    const nsfwPosts = new Set(items.filter((i) => i.kind === "post" && i.isNsfw).map((i) => i.id));
    const underNsfw = items.filter((i) => i.kind === "comment" && nsfwPosts.has(i.linkId ?? ""));
    expect(underNsfw.length).toBeGreaterThan(0);
    expect(underNsfw.every((c) => c.isNsfw)).toBe(true);
  });

  it("yields the comments of matched posts after each search page", async () => {
    const t = await setup({ searchCap: 20 });
    const { pages } = await t.run({ includeComments: true, maxExtraCommentRequests: 2 });
    const comments = pages.flatMap((p) => p.items).filter((i) => i.kind === "comment");
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((c) => c.linkId?.startsWith("t3_") && c.parentId)).toBe(true);
  });
});
