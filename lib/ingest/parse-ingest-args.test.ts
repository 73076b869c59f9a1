import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "@/lib/ingest/parse-ingest-args";

describe("parseIngestArgs", () => {
  it("reads a full command line", () => {
    const result = parseIngestArgs({ argv: ["--keyword", " Steam Deck ", "--source", "arctic-shift", "--subreddit", "SteamDeck", "--subreddit", "linux_gaming", "--limit", "500", "--comments"] });
    expect(result).toEqual({ args: expect.objectContaining({ keyword: "Steam Deck", source: "arctic-shift", subreddit: ["SteamDeck", "linux_gaming"], limit: 500, comments: true, nsfw: false, sort: "new" }) });
  });

  it("reads a date range for arctic-shift and the comment expansion bound (issue 11.6, 11.11)", () => {
    const result = parseIngestArgs({ argv: ["--keyword", "x", "--source", "arctic-shift", "--after", "2026-01-01", "--before", "2026-02-01T12:00:00Z", "--max-comment-requests", "50"] });
    expect(result).toEqual({ args: expect.objectContaining({ after: new Date("2026-01-01"), before: new Date("2026-02-01T12:00:00Z"), "max-comment-requests": 50 }) });
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
    // issue 11.11: readable dates, a range that makes sense, and no date range where the source has none
    [["--keyword", "x", "--source", "dump", "--file", "a.zst", "--after", "2026-13-45"], /^--after: must be a date like 2026-01-01/],
    [["--keyword", "x", "--source", "dump", "--file", "a.zst", "--before", "yesterday"], /^--before: must be a date like/],
    [["--keyword", "x", "--source", "arctic-shift", "--after", "2026-06-01", "--before", "2026-01-01"], /--after must be earlier than --before/],
    [["--keyword", "x", "--after", "2026-01-01"], /--after\/--before need --source arctic-shift or dump/],
    [["--keyword", "x", "--source", "reddit", "--before", "2026-01-01"], /Reddit search has no date range/],
    [["--keyword", "x", "--comments", "--max-comment-requests", "-1"], /--max-comment-requests/],
  ])("rejects %j with a clear message", (argv, message) => {
    const result = parseIngestArgs({ argv });
    expect("error" in result && result.error).toMatch(message);
  });
});
