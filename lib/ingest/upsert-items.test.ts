import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { upsertItems } from "@/lib/ingest/upsert-items";
import { normalizeItem } from "@/lib/reddit/normalize-item";
import type { NormalizedItem } from "@/lib/reddit/types";

const ids = ["t3_upsrt01", "t1_upsrt02"];
afterAll(async () => {
  await prisma.redditItem.deleteMany({ where: { id: { in: ids } } });
  await prisma.$disconnect();
});

const item = (extra: Record<string, unknown> = {}): NormalizedItem =>
  normalizeItem({
    raw: { id: "upsrt01", name: "t3_upsrt01", title: "Rust &amp; me 🦀", selftext: "so good\u0000 here", author: "a", subreddit: "rust", created_utc: 1716998400.5, score: 7, num_comments: 3, upvote_ratio: 0.94, over_18: true, stickied: true, crosspost_parent: "t3_orig001", permalink: "/r/rust/x/", url: "https://x.test/", extra_key: [1], ...extra },
    source: "arctic_shift",
    includeNsfw: true,
  }).item!;

describe("upsertItems", () => {
  it("stores every column of a normalized item, stripping NUL", async () => {
    const post = item();
    const comment = normalizeItem({ raw: { id: "upsrt02", body: "reply", subreddit: "rust", created_utc: "1716998401", parent_id: "t3_upsrt01", link_id: "t3_upsrt01", score: null }, source: "dump" }).item!;
    expect(await upsertItems({ db: prisma, items: [post, comment, post] })).toBe(1);
    const row = await prisma.redditItem.findUniqueOrThrow({ where: { id: "t3_upsrt01" } });
    const { firstSeenAt: _f, updatedAt: _u, ...stored } = row;
    expect(stored).toEqual({ ...post, body: "so good here", raw: { ...post.raw, selftext: "so good here" } });
    expect(await prisma.redditItem.findUniqueOrThrow({ where: { id: "t1_upsrt02" } })).toMatchObject({ kind: "comment", parentId: "t3_upsrt01", linkId: "t3_upsrt01", score: null, title: null, source: "dump" });
  });

  it("updates changed items and leaves unchanged ones alone", async () => {
    const before = await prisma.redditItem.findUniqueOrThrow({ where: { id: "t3_upsrt01" } });
    await upsertItems({ db: prisma, items: [item()] });
    expect((await prisma.redditItem.findUniqueOrThrow({ where: { id: "t3_upsrt01" } })).updatedAt).toEqual(before.updatedAt);
    await upsertItems({ db: prisma, items: [item({ score: 99, num_comments: 4 })] });
    const after = await prisma.redditItem.findUniqueOrThrow({ where: { id: "t3_upsrt01" } });
    expect(after).toMatchObject({ score: 99, numComments: 4, firstSeenAt: before.firstSeenAt, source: "arctic_shift" });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });
});
