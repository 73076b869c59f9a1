import { describe, expect, it } from "vitest";
import { createLinePrefilter } from "@/lib/reddit/create-line-prefilter";
import { normalizeKeyword } from "@/lib/reddit/normalize-keyword";

const passes = (keyword: string, value: unknown, ensureAscii = false) => {
  let line = JSON.stringify({ id: "x1", body: value });
  // Python's json.dumps (ensure_ascii) writes every non-ASCII character as \uXXXX.
  if (ensureAscii) line = line.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return createLinePrefilter({ keyword: normalizeKeyword({ keyword }) })(line);
};

describe("createLinePrefilter (issue 11.10)", () => {
  it("finds every word in any letter case, without lowercasing the line", () => {
    expect(passes("Steam Deck", "my STEAM deck arrived")).toBe(true);
    expect(passes("steam deck", "Deck of cards, steam engine")).toBe(true); // words in any order: the matcher decides
    expect(passes("steam deck", "steam only")).toBe(false);
  });

  it("finds non-Latin keywords written raw or JSON-escaped, upper or lower case", () => {
    for (const ensureAscii of [false, true]) {
      expect(passes("東京", "行った 東京 タワー", ensureAscii)).toBe(true);
      expect(passes("привет", "ПРИВЕТ всем", ensureAscii)).toBe(true);
      expect(passes("café", "Le CAFÉ du coin", ensureAscii)).toBe(true);
      expect(passes("🦀", "rust 🦀 crab", ensureAscii)).toBe(true);
      expect(passes("привет", "пока", ensureAscii)).toBe(false);
    }
  });

  it("treats regex characters in keywords literally", () => {
    expect(passes("c++", "I write C++ daily")).toBe(true);
    expect(passes("c++", "I write c daily")).toBe(false);
  });
});
