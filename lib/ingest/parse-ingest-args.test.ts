import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "@/lib/ingest/parse-ingest-args";

describe("parseIngestArgs", () => {
  it("reads a full command line", () => {
    const result = parseIngestArgs({ argv: ["--keyword", " Steam Deck ", "--source", "arctic-shift", "--subreddit", "SteamDeck", "--subreddit", "linux_gaming", "--limit", "500", "--comments"] });
    expect(result).toEqual({ args: expect.objectContaining({ keyword: "Steam Deck", source: "arctic-shift", subreddit: ["SteamDeck", "linux_gaming"], limit: 500, comments: true, nsfw: false, sort: "new" }) });
  });

  it("resumes a search by id without a keyword", () => {
    expect(parseIngestArgs({ argv: ["--resume", "cmx123"] })).toEqual({ args: expect.objectContaining({ resume: "cmx123" }) });
  });

  it.each([
    [[], /--keyword/],
    [["--keyword", "x", "--limit", "-3"], /--limit/],
    [["--keyword", "x", "--limit", "ten"], /--limit/],
    [["--keyword", "x", "--source", "twitter"], /--source/],
    [["--keyword", "x", "--source", "dump"], /needs --file/],
    [["--keyword", "x", "--file", "a.zst"], /only applies/],
    [["--keyword", "x", "--subreddit", "r/rust"], /subreddit name/],
    [["--keyword", "x", "--bogus"], /Unknown option '--bogus'/],
    [["--keyword", "x", "stray"], /positional/],
  ])("rejects %j with a clear message", (argv, message) => {
    const result = parseIngestArgs({ argv });
    expect("error" in result && result.error).toMatch(message);
  });
});
