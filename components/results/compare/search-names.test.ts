import { describe, expect, it } from "vitest";
import { searchNames } from "@/components/results/compare/search-names";

describe("compare: the names searches go by", () => {
  it("is the keyword when it is the only search of its keyword", () => {
    const names = searchNames([
      { id: "a", keyword: "rust", createdAt: "2026-12-03T10:00:00.000Z" },
      { id: "b", keyword: "ollama", createdAt: "2026-12-03T09:00:00.000Z" },
    ]);
    expect(Object.fromEntries(names)).toEqual({ a: "rust", b: "ollama" });
  });

  it("numbers the searches of a repeated keyword oldest first, whatever order the list comes in", () => {
    const names = searchNames([
      { id: "newest", keyword: "steam deck", createdAt: "2026-12-03T10:20:00.000Z" },
      { id: "other", keyword: "rust", createdAt: "2026-12-03T10:10:00.000Z" },
      { id: "oldest", keyword: "steam deck", createdAt: "2026-12-01T08:00:00.000Z" },
      { id: "middle", keyword: "steam deck", createdAt: "2026-12-02T08:00:00.000Z" },
    ]);
    expect(Object.fromEntries(names)).toEqual({ oldest: "steam deck (1)", middle: "steam deck (2)", newest: "steam deck (3)", other: "rust" });
  });

  it("gives every search its own name even when two started in the same millisecond", () => {
    const at = "2026-12-03T10:00:00.000Z";
    const names = searchNames([
      { id: "y", keyword: "climate", createdAt: at },
      { id: "x", keyword: "climate", createdAt: at },
    ]);
    expect(new Set(names.values()).size).toBe(2);
  });
});
