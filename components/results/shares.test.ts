import { describe, expect, it } from "vitest";
import { formatShare, toBalance, toShares } from "@/components/results/shares";

describe("chart shares", () => {
  it("turns counts into shares that add up to one", () => {
    expect(toShares({ negative: 1, neutral: 1, positive: 2 })).toEqual({ negative: 0.25, neutral: 0.25, positive: 0.5 });
    expect(toShares({ negative: 0, neutral: 0, positive: 0 })).toEqual({ negative: 0, neutral: 0, positive: 0 });
  });

  it("gives the balance of an empty bucket as a gap, not as zero", () => {
    expect(toBalance({ negative: 3, neutral: 1, positive: 1 })).toBeCloseTo(-0.4);
    expect(toBalance({ negative: 0, neutral: 0, positive: 0 })).toBeNull();
  });

  it("keeps a decimal for small shares only", () => {
    expect(formatShare(0.034)).toBe("3.4 %");
    expect(formatShare(0.5)).toBe("50 %");
    expect(formatShare(0)).toBe("0 %");
  });
});
