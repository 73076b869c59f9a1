import { describe, expect, it } from "vitest";
import { computeNbScale } from "./compute-nb-scale";
import type { Example } from "./train-linear";

const row = (index: number[], label: number): Example => ({ index: Int32Array.from(index), value: Float32Array.from(index, () => 1), label });
// feature 0 only in class 0, feature 1 in both classes alike, feature 2 never seen
const examples = [row([0, 1], 0), row([0, 1], 0), row([1], 1), row([1], 1)];

describe("computeNbScale", () => {
  it("scales a class-specific feature up and an even one down, for both classes", () => {
    const s = computeNbScale({ examples, features: 3, classes: 2, alpha: 1, mix: 1 });
    expect(s[0 * 2 + 0]!).toBeGreaterThan(s[1 * 2 + 0]!);
    expect(s[0 * 2 + 1]!).toBeGreaterThan(s[1 * 2 + 1]!); // |r| is symmetric: evidence against counts too
  });

  it("leaves features the texts never show unscaled, and mix 0 is plain logistic regression", () => {
    expect(Array.from(computeNbScale({ examples, features: 3, classes: 2, alpha: 1, mix: 1 }).subarray(4))).toEqual([1, 1]);
    expect(Array.from(computeNbScale({ examples, features: 3, classes: 2, alpha: 1, mix: 0 }))).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
