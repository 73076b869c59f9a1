import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeEntities } from "@/lib/reddit/decode-entities";
import { normalizeItem } from "@/lib/reddit/normalize-item";
import { normalizePage } from "@/lib/reddit/normalize-page";
import { normalizeText } from "@/lib/reddit/normalize-text";

const post = (extra: Record<string, unknown> = {}) => ({
  id: "1d2x9kp",
  name: "t3_1d2x9kp",
  title: "Anyone using widgetframe in production? 🚀",
  selftext: "We migrated last month &amp; it's been fine so far.",
  author: "example_user_42",
  subreddit: "typescript",
  created_utc: 1716998400.0,
  score: 37,
  upvote_ratio: 0.94,
  num_comments: 12,
  permalink: "/r/typescript/comments/1d2x9kp/x/",
  url: "https://www.reddit.com/r/typescript/comments/1d2x9kp/x/",
  over_18: false,
  stickied: false,
  removed_by_category: null,
  ...extra,
});

describe("normalizeItem", () => {
  it("maps a post to the RedditItem shape, decoding entities and hashing the normalized text", () => {
    const { item } = normalizeItem({ raw: post(), kind: "t3", source: "reddit", escaped: true });
    expect(item).toMatchObject({ id: "t3_1d2x9kp", kind: "post", subreddit: "typescript", author: "example_user_42", score: 37, numComments: 12, upvoteRatio: 0.94, isNsfw: false, source: "reddit" });
    expect(item?.body).toBe("We migrated last month & it's been fine so far.");
    expect(item?.createdUtc.toISOString()).toBe("2024-05-29T16:00:00.000Z");
    expect(item?.normalizedText).toBe("anyone using widgetframe in production? 🚀 we migrated last month & it's been fine so far.");
    expect(item?.textHash).toBe(createHash("sha256").update(item!.normalizedText).digest("hex"));
  });

  it("skips as malformed a created_utc no real item has (milliseconds, garbage beyond any date), instead of failing the page", () => {
    for (const created_utc of [1716998400000, 1e13, 1e300]) expect(normalizeItem({ raw: post({ created_utc }), source: "reddit" })).toEqual({ skip: "malformed" });
    expect(normalizeItem({ raw: post({ created_utc: "1716998400.5" }), source: "reddit" }).item?.createdUtc.getTime()).toBe(1716998400500);
  });

  it("accepts string timestamps, null scores, missing authors and keeps unknown keys (cases 18, 19)", () => {
    const { item } = normalizeItem({ raw: post({ created_utc: "1716998400", score: null, author: undefined, url: null, edited: 1717002011.5, brand_new_field: { x: 1 } }), source: "reddit" });
    expect(item).toMatchObject({ score: null, author: null, url: null });
    expect(item?.createdUtc.getTime()).toBe(1716998400000);
    expect(item?.raw.brand_new_field).toEqual({ x: 1 });
    for (const ratio of [1, 0, 0.94]) expect(normalizeItem({ raw: post({ upvote_ratio: ratio, edited: false }), source: "reddit" }).item?.upvoteRatio).toBe(ratio);
  });

  it("skips deleted, removed, empty, NSFW and malformed items with a reason (cases 17, 23)", () => {
    const reason = (extra: Record<string, unknown>, includeNsfw = false) => normalizeItem({ raw: post(extra), source: "reddit", includeNsfw }).skip;
    expect(reason({ author: "[deleted]", selftext: "[deleted]", removed_by_category: "deleted" })).toBe("deleted");
    for (const category of ["moderator", "reddit", "automod_filtered", "content_takedown", "community_ops"])
      expect(reason({ selftext: "[removed]", removed_by_category: category })).toBe("removed");
    expect(reason({ selftext: "[removed]" })).toBe("removed");
    expect(reason({ _meta: { removal_type: "moderator" } })).toBe("removed");
    expect(reason({ _meta: { was_deleted_later: true } })).toBe("deleted");
    expect(reason({ title: "", selftext: "https://example.com/only-a-link" })).toBe("empty");
    expect(reason({ over_18: true })).toBe("nsfw");
    expect(reason({ over_18: true }, true)).toBeUndefined();
    expect(reason({ created_utc: "yesterday" })).toBe("malformed");
    expect(reason({ subreddit: undefined })).toBe("malformed");
    expect(normalizeItem({ raw: "not an object", source: "reddit" }).skip).toBe("malformed");
  });

  it("flags stickied posts and crossposts, keeps 57k selftext and 4k titles (cases 21, 22, 23)", () => {
    const long = "Rust review. ".repeat(4380);
    const { item } = normalizeItem({ raw: post({ stickied: true, crosspost_parent: "t3_abc1234", selftext: long, title: "t".repeat(4031) }), source: "reddit" });
    expect(item).toMatchObject({ isStickied: true, crosspostParent: "t3_abc1234" });
    expect(item?.body.length).toBe(long.length);
    expect(item?.title?.length).toBe(4031);
  });

  it("detects comments and posts in dump lines that carry no kind", () => {
    const comment = { id: "k1", body: "Rust &lt;3", author: "a", subreddit: "rust", created_utc: 1764547200, parent_id: "t3_p1", link_id: "t3_p1", score: 3 };
    const { item } = normalizeItem({ raw: comment, source: "dump" });
    expect(item).toMatchObject({ id: "t1_k1", kind: "comment", body: "Rust <3", parentId: "t3_p1", linkId: "t3_p1", title: null });
    expect(normalizeItem({ raw: { ...post(), name: undefined }, source: "dump" }).item?.id).toBe("t3_1d2x9kp");
  });

  it("counts skips by reason across a page", () => {
    const page = normalizePage({ things: [{ raw: post() }, { raw: post({ over_18: true }) }, { raw: post({ selftext: "[removed]" }) }, { raw: null }], source: "reddit" });
    expect(page.items).toHaveLength(1);
    expect(page.skipped).toEqual({ nsfw: 1, removed: 1, malformed: 1 });
    expect(page.fetched).toBe(4);
  });
});

describe("normalizeText / decodeEntities", () => {
  it("lowercases, strips URLs and markdown, keeps link text and collapses whitespace", () => {
    expect(normalizeText({ text: "**Great** [docs](https://x.io/a_(b)) see https://example.com/?utm=1\n\n> quoted   line\n# Title\n- item ~~old~~ `code`" }))
      .toBe("great docs see quoted line title item old code");
    expect(normalizeText({ text: "ＲＵＳＴ in r/rust" })).toBe("rust in rust");
  });

  it("keeps emoji with zero-width joiners and non-Latin scripts, drops zero-width spaces (case 20)", () => {
    expect(normalizeText({ text: "Dev 👩‍💻\u200b and 東京 — Привет" })).toBe("dev 👩‍💻 and 東京 — привет");
  });

  it("decodes entities exactly once", () => {
    expect(decodeEntities({ text: "Q&amp;A &lt;3 &#x1F680; &#39;hi&#39; &amp;lt;" })).toBe("Q&A <3 🚀 'hi' &lt;");
    expect(decodeEntities({ text: "AT&T &unknown; &#xD800;" })).toBe("AT&T &unknown; &#xD800;");
  });
});
