import { describe, expect, it } from "vitest";
import { createSourceForSearch } from "@/lib/ingest/create-source-for-search";

describe("createSourceForSearch", () => {
  it("builds the source the Search row names, from its options", () => {
    expect(createSourceForSearch({ search: { keyword: "rust", source: "arctic_shift", options: { subreddits: ["rust"], includeComments: true } } }).name).toBe("arctic_shift");
    expect(createSourceForSearch({ search: { keyword: "rust", source: "dump", options: { file: "/tmp/RS.zst" } } }).name).toBe("dump");
  });

  it("explains what is missing instead of failing later", () => {
    expect(() => createSourceForSearch({ search: { keyword: "rust", source: "dump", options: {} } })).toThrow(/options.file/);
    expect(() => createSourceForSearch({ search: { keyword: "rust", source: "arctic_shift", options: { subreddits: ["r/rust"] } } })).toThrow(/Invalid search options/);
  });
});
