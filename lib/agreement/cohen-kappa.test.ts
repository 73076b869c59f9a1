import { describe, expect, it } from "vitest";
import { cohenKappa } from "@/lib/agreement/cohen-kappa";

// Published worked examples (Wikipedia, "Cohen's kappa", which reproduces the textbook tables) and the edge cases.

/** Expands a 2×2 table [[yes/yes, yes/no], [no/yes, no/no]] (rows: rater A) into unit pairs. */
function fromTable(table: number[][], categories: string[]): [string, string][] {
  return table.flatMap((row, i) => row.flatMap((count, j) => Array.from({ length: count }, () => [categories[i]!, categories[j]!] as [string, string])));
}

describe("cohenKappa", () => {
  it("grant proposals: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → p_o 0.7, p_e 0.5, κ 0.4", () => {
    const result = cohenKappa(fromTable([[20, 5], [10, 15]], ["yes", "no"]));
    expect(result.units).toBe(50);
    expect(result.observedAgreement).toBeCloseTo(0.7, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it("same 60 % agreement, different marginals: κ 0.1304 and κ 0.2593", () => {
    expect(cohenKappa(fromTable([[45, 15], [25, 15]], ["yes", "no"])).kappa).toBeCloseTo(0.1304, 4);
    expect(cohenKappa(fromTable([[25, 35], [5, 35]], ["yes", "no"])).kappa).toBeCloseTo(0.2593, 4);
  });

  it("three categories: κ from the counts matches the formula done by hand", () => {
    // rows A, columns B over negative/neutral/positive; p_o = 71/100, p_e = (30·25 + 40·45 + 30·30) / 100² = 0.345
    const pairs = fromTable([[20, 8, 2], [3, 30, 7], [2, 7, 21]], ["negative", "neutral", "positive"]);
    expect(cohenKappa(pairs).kappa).toBeCloseTo((0.71 - 0.345) / (1 - 0.345), 12);
  });

  it("perfect agreement over several categories is 1", () => {
    expect(cohenKappa([["a", "a"], ["b", "b"], ["c", "c"]]).kappa).toBe(1);
  });

  it("one category only is undefined (null), though the observed agreement is 1", () => {
    expect(cohenKappa([["a", "a"], ["a", "a"]])).toEqual({ units: 2, observedAgreement: 1, kappa: null });
  });

  it("no shared unit gives nulls; systematic disagreement is negative", () => {
    expect(cohenKappa([])).toEqual({ units: 0, observedAgreement: null, kappa: null });
    expect(cohenKappa([["a", "b"], ["b", "a"]]).kappa).toBe(-1);
  });
});
