import { describe, expect, it } from "vitest";
import { bucketOverTime, chooseBucket } from "@/lib/results/bucket-over-time";

const day = (iso: string, positive = 1) => ({ day: new Date(`${iso}T00:00:00Z`), negative: 0, neutral: 0, positive });

describe("bucketOverTime", () => {
  it("days up to four months, weeks beyond", () => {
    expect(chooseBucket([])).toBe("day");
    expect(chooseBucket([day("2026-01-01"), day("2026-05-01")])).toBe("day"); // 120 days
    expect(chooseBucket([day("2026-01-01"), day("2026-05-02")])).toBe("week");
  });

  it("sums days into Monday weeks and fills the empty weeks between", () => {
    // 2026-01-04 is a Sunday (week of 2025-12-29); 2026-01-05 a Monday; nothing in the week of 2026-01-12.
    const series = bucketOverTime([day("2026-01-04", 2), day("2026-01-05", 3), day("2026-01-11"), day("2026-01-19")], "week");
    expect(series).toEqual([
      { bucket: "2025-12-29", negative: 0, neutral: 0, positive: 2 },
      { bucket: "2026-01-05", negative: 0, neutral: 0, positive: 4 },
      { bucket: "2026-01-12", negative: 0, neutral: 0, positive: 0 },
      { bucket: "2026-01-19", negative: 0, neutral: 0, positive: 1 },
    ]);
    expect(bucketOverTime([], "day")).toEqual([]);
  });
});
