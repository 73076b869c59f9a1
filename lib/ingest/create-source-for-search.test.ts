import { describe, expect, it } from "vitest";
import { createSourceForSearch } from "@/lib/ingest/create-source-for-search";

describe("createSourceForSearch", () => {
  it("builds the source the Search row names, from its options", () => {
    expect(createSourceForSearch({ search: { keyword: "rust", source: "arctic_shift", options: { subreddits: ["rust"], includeComments: true } } }).name).toBe("arctic_shift");
    expect(createSourceForSearch({ search: { keyword: "rust", source: "dump", options: { file: "/tmp/RS.zst" } } }).name).toBe("dump");
  });

  it("takes the comment expansion bound from the search, else from REDDIT_MAX_COMMENT_REQUESTS (issue 11.6)", async () => {
    const { startFakeReddit } = await import("@/lib/fake-reddit/start-fake-reddit");
    const { generateCorpus } = await import("@/lib/fake-reddit/generate-corpus");
    const corpus = generateCorpus({ postsPerKeyword: 60 });
    const fake = await startFakeReddit({ corpus, commentBudget: 1, maxDepth: 1 });
    try {
      const envModule = await import("@/lib/env");
      Object.assign(envModule.env, { REDDIT_API_BASE_URL: fake.url, REDDIT_AUTH_BASE_URL: fake.url, REDDIT_CLIENT_ID: "bound-test", REDDIT_CLIENT_SECRET: "s" });
      const extraCalls = async (options: Record<string, unknown>) => {
        fake.state.log.length = 0;
        const source = createSourceForSearch({ search: { keyword: "rust", source: "reddit", options: { includeComments: true, limit: 5, ...options } }, http: { sharedBudget: undefined } });
        for await (const page of source.pages({})) void page;
        return fake.state.log.filter((l) => l.path.startsWith("/api/morechildren") || l.path.includes("comment=")).length;
      };
      const posts = await extraCalls({ maxCommentRequests: 0 });
      expect(posts).toBe(0);
      expect(await extraCalls({ maxCommentRequests: 1 })).toBeGreaterThan(0);
      expect(await extraCalls({})).toBeGreaterThan(await extraCalls({ maxCommentRequests: 1 }));
    } finally {
      await fake.close();
    }
  });

  it("explains what is missing instead of failing later", () => {
    expect(() => createSourceForSearch({ search: { keyword: "rust", source: "dump", options: {} } })).toThrow(/options.file/);
    expect(() => createSourceForSearch({ search: { keyword: "rust", source: "arctic_shift", options: { subreddits: ["r/rust"] } } })).toThrow(/Invalid search options/);
    // issue 11.11: a bad date names the field and the format, not "expected date, received Date"
    expect(() => createSourceForSearch({ search: { keyword: "rust", source: "arctic_shift", options: { after: "2026-13-45" } } })).toThrow(/after: must be a date like 2026-01-01/);
    expect(() => createSourceForSearch({ search: { keyword: "rust", source: "arctic_shift", options: { after: "2026-06-01", before: "2026-01-01" } } })).toThrow(/after: after must be earlier than before/);
  });
});
