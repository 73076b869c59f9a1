import { describe, expect, it } from "vitest";
import { krippendorffAlphaNominal } from "@/lib/agreement/krippendorff-alpha";

// The worked examples of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), and the edge cases.

/** Columns of a coders × units table (null = missing) as the values each unit received. */
function unitsOf(coders: (string | number | null)[][]): string[][] {
  return coders[0]!.map((_, u) => coders.map((row) => row[u]).filter((v): v is string | number => v !== null).map(String));
}

describe("krippendorffAlphaNominal", () => {
  it("binary data, two observers, no missing data: α = 0.095", () => {
    const units = unitsOf([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(krippendorffAlphaNominal(units).alpha).toBeCloseTo(0.095, 3);
  });

  it("nominal data, two observers, no missing data: α = 0.692", () => {
    const units = unitsOf([
      ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"],
      ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"],
    ]);
    expect(krippendorffAlphaNominal(units).alpha).toBeCloseTo(0.692, 3);
  });

  it("nominal data, four observers, missing data: α = 0.743 (unit 12 has one value and is not pairable)", () => {
    const units = unitsOf([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ]);
    const result = krippendorffAlphaNominal(units);
    expect(result.alpha).toBeCloseTo(0.743, 3);
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBe(40);
  });

  it("perfect agreement with variation is 1; one category only or nothing pairable is null", () => {
    expect(krippendorffAlphaNominal([["a", "a"], ["b", "b", "b"]]).alpha).toBe(1);
    expect(krippendorffAlphaNominal([["a", "a"], ["a", "a", "a"]]).alpha).toBeNull();
    expect(krippendorffAlphaNominal([["a"], ["b"], []]).alpha).toBeNull();
  });

  it("systematic disagreement goes below 0", () => {
    expect(krippendorffAlphaNominal([["a", "b"], ["b", "a"]]).alpha!).toBeLessThan(0);
  });
});
