import { describe, expect, it } from "vitest";
import { countActiveFilters, readFilterParams, toFilterParams, toQueryString } from "@/lib/results/filter-params";

describe("result filters in the URL", () => {
  it("round-trips every filter", () => {
    const filters = {
      label: "negative" as const,
      subreddit: "SteamDeck",
      from: "2026-01-01",
      to: "2026-02-01",
      minConfidence: 0.5,
      maxConfidence: 0.9,
      corrected: false,
      kind: "comment" as const,
      q: "battery life",
    };
    expect(readFilterParams(toFilterParams(filters))).toEqual(filters);
    expect(countActiveFilters(filters)).toBe(9);
  });

  it("leaves empty values out of the query string", () => {
    expect(toQueryString({ q: "  ", subreddit: "" })).toBe("");
    expect(toQueryString({ label: "positive" }, { cursor: "abc", limit: undefined })).toBe("?label=positive&cursor=abc");
  });

  it("drops values a hand-edited URL got wrong instead of sending them", () => {
    const filters = readFilterParams(
      new URLSearchParams("label=happy&kind=thread&minConfidence=2&maxConfidence=x&from=yesterday&corrected=maybe&q=%20ok%20"),
    );
    expect(filters).toEqual({ q: "ok" });
  });
});
