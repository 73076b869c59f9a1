import { describe, expect, it } from "vitest";
import { correctShares, emptyConfusion, estimateAdjustedShares, type ConfusionCounts } from "@/lib/results/adjusted-shares";
import { createSeededRandom } from "@/lib/results/seeded-random";
import type { LabelCounts, SentimentLabel } from "@/lib/results/types";

// The adjusted classify-and-count estimate against hand-computed cases, and a simulation with known true shares.

const LABELS: SentimentLabel[] = ["negative", "neutral", "positive"];
const counts = (negative: number, neutral: number, positive: number): LabelCounts => ({ negative, neutral, positive });
const confusionOf = (rows: [LabelCounts, LabelCounts, LabelCounts]): ConfusionCounts => ({ negative: rows[0], neutral: rows[1], positive: rows[2] });

// A model right 80 % of the time, its errors spread evenly: M = 0.7·I + 0.1·J, whose inverse is (I − 0.1·J) / 0.7,
// so the true shares are p = (q − 0.1) / 0.7 by hand.
const EVEN_ERRORS = confusionOf([counts(80, 10, 10), counts(10, 80, 10), counts(10, 10, 80)]);

describe("correctShares (hand-computed)", () => {
  it("recovers the true shares exactly when the observed shares are Mᵀp", () => {
    // p = (0.5, 0.3, 0.2): q = (0.8·0.5 + 0.1·0.3 + 0.1·0.2, …) = (0.45, 0.31, 0.24).
    const result = correctShares([0.45, 0.31, 0.24], EVEN_ERRORS);
    expect("shares" in result && result.shares.map((s) => +s.toFixed(12))).toEqual([0.5, 0.3, 0.2]);
  });

  it("clips a negative share to zero and renormalizes the rest", () => {
    // q = (0.8, 0.15, 0.05) → (q − 0.1) / 0.7 = (1, 1/14, −1/14) → clipped (1, 1/14, 0) → /(15/14) = (14/15, 1/15, 0).
    const result = correctShares([0.8, 0.15, 0.05], EVEN_ERRORS);
    if (!("shares" in result)) throw new Error(result.reason);
    expect(result.shares[0]).toBeCloseTo(14 / 15, 12);
    expect(result.shares[1]).toBeCloseTo(1 / 15, 12);
    expect(result.shares[2]).toBe(0);
  });

  it("an asymmetric error: half of the true neutrals are called positive", () => {
    // M rows: negative (1, 0, 0), neutral (0, 0.5, 0.5), positive (0, 0, 1). q = (0.2, 0.2, 0.6):
    // q_neutral = 0.5·p_neutral → p_neutral = 0.4; q_positive = 0.5·0.4 + p_positive → p_positive = 0.4; p_negative = 0.2.
    const result = correctShares([0.2, 0.2, 0.6], confusionOf([counts(10, 0, 0), counts(0, 10, 10), counts(0, 0, 10)]));
    expect("shares" in result && result.shares.map((s) => +s.toFixed(12))).toEqual([0.2, 0.4, 0.4]);
  });

  it("names a label nobody answered, and refuses a matrix that cannot be inverted or barely can", () => {
    const missing = correctShares([0.3, 0.3, 0.4], confusionOf([counts(5, 1, 0), counts(1, 5, 0), counts(0, 0, 0)]));
    expect(missing).toEqual({ reason: expect.stringMatching(/no answer says positive yet/) });
    // The model answers the same whatever the truth: identical rows, a singular matrix.
    const blind = correctShares([0.3, 0.3, 0.4], confusionOf([counts(3, 3, 4), counts(3, 3, 4), counts(3, 3, 4)]));
    expect(blind).toEqual({ reason: expect.stringMatching(/singular/) });
    // Barely better than chance (accuracy 0.36 against 0.32 for each error): invertible, but noise × ~25.
    const chance = correctShares([0.3, 0.3, 0.4], confusionOf([counts(36, 32, 32), counts(32, 36, 32), counts(32, 32, 36)]));
    expect(chance).toEqual({ reason: expect.stringMatching(/condition number \d+/) });
  });
});

describe("estimateAdjustedShares", () => {
  it("below 30 answers: no estimate, and the note says how many there are", () => {
    const few = confusionOf([counts(9, 1, 0), counts(1, 8, 0), counts(0, 1, 9)]); // 29
    expect(estimateAdjustedShares({ modelCounts: counts(10, 10, 10), confusion: few })).toEqual({
      adjusted: null,
      note: "29 answered items with a model label; at least 30 are needed to correct the shares.",
    });
  });

  it("falls back to raw shares with the reason when the matrix is singular", () => {
    const blind = confusionOf([counts(10, 10, 10), counts(10, 10, 10), counts(10, 10, 10)]);
    const result = estimateAdjustedShares({ modelCounts: counts(10, 10, 10), confusion: blind });
    expect(result.adjusted).toBeNull();
    expect(result.note).toMatch(/^Showing raw shares: .*singular/);
  });

  it("point estimate inside a 95 % interval, reproducible for a seed", () => {
    const input = { modelCounts: counts(450, 310, 240), confusion: EVEN_ERRORS };
    const result = estimateAdjustedShares(input);
    expect(result.note).toBeNull();
    const adjusted = result.adjusted!;
    expect(adjusted.answered).toBe(300);
    expect([adjusted.negative, adjusted.neutral, adjusted.positive].map((s) => +s.toFixed(12))).toEqual([0.5, 0.3, 0.2]);
    for (const label of LABELS) {
      expect(adjusted.low[label]).toBeLessThan(adjusted[label]);
      expect(adjusted.high[label]).toBeGreaterThan(adjusted[label]);
      expect(adjusted.high[label] - adjusted.low[label]).toBeLessThan(0.2);
    }
    expect(estimateAdjustedShares(input)).toEqual(result);
    expect(estimateAdjustedShares({ ...input, seed: 7 }).adjusted!.low).not.toEqual(adjusted.low);
  });

  it("the interval narrows as answers grow", () => {
    const scaled = (k: number) => confusionOf([counts(8 * k, k, k), counts(k, 8 * k, k), counts(k, k, 8 * k)]);
    const width = (k: number) => {
      const adjusted = estimateAdjustedShares({ modelCounts: counts(450, 310, 240), confusion: scaled(k) }).adjusted!;
      return adjusted.high.negative - adjusted.low.negative;
    };
    expect(width(40)).toBeLessThan(width(4) / 2);
  });
});

describe("simulation with known true shares", () => {
  // 20,000 items with true shares (0.6, 0.25, 0.15) seen through a biased model that calls many negatives neutral
  // and many neutrals positive; 400 of them, chosen at random, answered by humans.
  const TRUE_SHARES = [0.6, 0.25, 0.15];
  const MODEL = [
    [0.7, 0.25, 0.05], // truth negative → model
    [0.1, 0.6, 0.3], // truth neutral
    [0.02, 0.08, 0.9], // truth positive
  ];

  function simulate(seed: number) {
    const random = createSeededRandom(seed);
    const pick = (weights: number[]) => {
      let target = random();
      for (const [k, weight] of weights.entries()) if ((target -= weight) < 0) return k;
      return weights.length - 1;
    };
    const modelCounts = counts(0, 0, 0);
    const confusion = emptyConfusion();
    for (let n = 0; n < 20_000; n++) {
      const truth = pick(TRUE_SHARES);
      const said = pick(MODEL[truth]!);
      modelCounts[LABELS[said]!] += 1;
      if (n % 50 === 0) confusion[LABELS[truth]!][LABELS[said]!] += 1; // items arrive in random order: every 50th is a random sample
    }
    return { modelCounts, confusion };
  }

  it("the adjusted shares are closer to the truth than the raw ones, and the interval covers it", () => {
    let covered = 0;
    let rawErrors = 0;
    let adjustedErrors = 0;
    const runs = 20;
    const error = (shares: number[]) => shares.reduce((sum, share, k) => sum + Math.abs(share - TRUE_SHARES[k]!), 0);
    for (let seed = 1; seed <= runs; seed++) {
      const { modelCounts, confusion } = simulate(seed);
      const raw = error(LABELS.map((label) => modelCounts[label] / 20_000));
      const adjusted = estimateAdjustedShares({ modelCounts, confusion }).adjusted!;
      const corrected = error(LABELS.map((label) => adjusted[label]));
      expect(corrected, `seed ${seed}`).toBeLessThan(raw); // raw is off by ~0.30 in total (L1)
      rawErrors += raw;
      adjustedErrors += corrected;
      if (LABELS.every((label, k) => adjusted.low[label] <= TRUE_SHARES[k]! && TRUE_SHARES[k]! <= adjusted.high[label])) covered++;
    }
    expect(adjustedErrors / runs).toBeLessThan((rawErrors / runs) / 3);
    // Three 95 % intervals at once cover the truth in most runs (not a calibrated test, a sanity bound).
    expect(covered).toBeGreaterThanOrEqual(runs * 0.75);
  });
});
