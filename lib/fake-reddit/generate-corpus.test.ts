import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";

describe("generateCorpus", () => {
  const corpus = generateCorpus();
  const posts = corpus.posts;
  const text = (t: Record<string, unknown>) => `${String(t.title ?? "")} ${String(t.selftext ?? t.body ?? "")}`;

  it("is the same for the same seed and different for another", () => {
    const hash = (c: unknown) => createHash("sha256").update(JSON.stringify(c)).digest("hex");
    expect(hash(generateCorpus())).toBe(hash(corpus));
    expect(hash(generateCorpus({ seed: 1 }))).not.toBe(hash(corpus));
  });

  it("holds a few thousand posts and comments over months, for every keyword and sentiment", () => {
    expect(posts.length).toBeGreaterThan(3000);
    expect(corpus.comments.length).toBeGreaterThan(3000);
    for (const keyword of ["ollama", "steam deck", "rust", "climate", "taylor swift"])
      expect(posts.filter((p) => text(p).toLowerCase().includes(keyword)).length).toBeGreaterThan(300);
    expect(new Set(posts.map((p) => p._sentiment))).toEqual(new Set(["positive", "negative", "neutral"]));
    const times = posts.map((p) => Number(p.created_utc));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(150 * 86400);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    expect(posts.every((p) => /^[a-z0-9]{7}$/.test(p.id))).toBe(true);
  });

  it("mixes in the item quirks of EDGE_CASES.md (17–23)", () => {
    const categories = new Set(posts.map((p) => p.removed_by_category).filter(Boolean));
    expect(categories.has("deleted") && categories.size).toBeGreaterThanOrEqual(4);
    expect(posts.some((p) => p.over_18 === true)).toBe(true);
    expect(posts.some((p) => p.stickied === true)).toBe(true);
    expect(posts.some((p) => typeof p.crosspost_parent === "string" && Array.isArray(p.crosspost_parent_list))).toBe(true);
    expect(posts.some((p) => typeof p.created_utc === "string")).toBe(true);
    expect(posts.some((p) => p.score === null)).toBe(true);
    expect(posts.some((p) => !("author_fullname" in p))).toBe(true);
    expect(posts.some((p) => p.url === null)).toBe(true);
    expect(posts.some((p) => typeof p.edited === "number") && posts.some((p) => p.edited === false)).toBe(true);
    expect([1, 0, 0.94].every((r) => posts.some((p) => p.upvote_ratio === r))).toBe(true);
    expect(Math.max(...posts.map((p) => String(p.selftext).length))).toBeGreaterThan(56_000);
    expect(Math.max(...posts.map((p) => String(p.title).length))).toBeGreaterThan(4000);
    const all = posts.map(text).join("\n");
    for (const sample of ["👩‍💻", "最高", "это", "خيبة", "निराश", "怎么", " & ", "<3"]) expect(all + corpus.comments.map(text).join("\n")).toContain(sample);
    expect(corpus.comments.some((c) => c.body === "[deleted]") && corpus.comments.some((c) => c.body === "[removed]")).toBe(true);
  });
});
