import { describe, expect, it } from "vitest";
import { mergeOverTime } from "@/components/results/compare/merge-over-time";
import type { SearchSummary } from "@/lib/results/types";

const summary = (overTime: SearchSummary["overTime"]) => ({ overTime }) as SearchSummary;

describe("compare: merging two searches' time series", () => {
  const a = summary([
    { bucket: "2026-01-05", negative: 1, neutral: 0, positive: 3 },
    { bucket: "2026-01-12", negative: 0, neutral: 0, positive: 0 },
  ]);
  const b = summary([
    { bucket: "2025-12-29", negative: 2, neutral: 2, positive: 0 },
    { bucket: "2026-01-12", negative: 1, neutral: 1, positive: 2 },
  ]);

  it("puts every bucket of either search on one sorted axis, with gaps where a search has no data", () => {
    expect(mergeOverTime([{ id: "a", summary: a }, { id: "b", summary: b }], "balance")).toEqual([
      { bucket: "2025-12-29", a: null, b: -0.5 },
      { bucket: "2026-01-05", a: 0.5, b: null },
      { bucket: "2026-01-12", a: null, b: 0.25 },
    ]);
  });

  it("gives the positive share when asked", () => {
    expect(mergeOverTime([{ id: "a", summary: a }], "positive")).toEqual([
      { bucket: "2026-01-05", a: 0.75 },
      { bucket: "2026-01-12", a: null },
    ]);
  });
});
