import { SENTIMENTS as LABELS } from "@/lib/annotation/types";
import { invertMatrix, multiply, oneNorm, type Matrix } from "@/lib/results/invert-matrix";
import { createSeededRandom } from "@/lib/results/seeded-random";
import { MIN_ANSWERS_FOR_ADJUSTED, type LabelCounts, type SearchSummary, type SentimentLabel } from "@/lib/results/types";

// Adjusted classify-and-count: the model's label shares q are what the true shares p look like through its errors,
// q = Mᵀp with M[i][j] = P(model says j | truth is i), estimated from the items humans answered. Solving for p,
// clipping negatives and renormalizing corrects the shares for the model's measured bias. The 95 % interval is a
// percentile bootstrap over the answered items (q is held fixed: it rests on every item, the matrix on a few).

/** Answered items counted by human verdict (outer key) and the model's label (inner key). */
export type ConfusionCounts = Record<SentimentLabel, LabelCounts>;

export type AdjustedEstimate = { adjusted: SearchSummary["adjusted"]; note: string | null };

// Beyond this, sampling noise in the observed shares is amplified more than 20-fold by the inversion: the
// "correction" would mostly be noise, so the raw shares are the more honest answer.
const MAX_CONDITION = 20;
const MAX_REPLICATES = 1000;
const MIN_REPLICATES = 200;
// Caps one estimate's work (replicates × answers) so a search with many answers still answers quickly: 1,000
// resamples up to 400 answers, fewer beyond (200 at 2,000 answers and more, still enough for 2.5 % / 97.5 % tails).
const BOOTSTRAP_DRAWS_BUDGET = 400_000;
// The estimate is a pure function of its counts: the result page asks again every few seconds with the same ones.
const memo = new Map<string, AdjustedEstimate>();
const MEMO_SIZE = 200;
const DEFAULT_SEED = 20261203;

export function estimateAdjustedShares(options: { modelCounts: LabelCounts; confusion: ConfusionCounts; seed?: number }): AdjustedEstimate {
  const key = JSON.stringify([options.modelCounts, options.confusion, options.seed ?? DEFAULT_SEED]);
  const known = memo.get(key);
  if (known) return known;
  const estimate = computeEstimate(options);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, estimate);
  return estimate;
}

function computeEstimate(options: { modelCounts: LabelCounts; confusion: ConfusionCounts; seed?: number }): AdjustedEstimate {
  const { modelCounts, confusion } = options;
  const answered = sumCells(confusion);
  if (answered < MIN_ANSWERS_FOR_ADJUSTED) {
    return noEstimate(`${answered} answered ${answered === 1 ? "item" : "items"} with a model label; at least ${MIN_ANSWERS_FOR_ADJUSTED} are needed to correct the shares.`);
  }
  const labelled = LABELS.reduce((sum, label) => sum + modelCounts[label], 0);
  if (labelled === 0) return noEstimate("No item has a model label yet.");
  const observed = LABELS.map((label) => modelCounts[label] / labelled);

  const point = correctShares(observed, confusion);
  if ("reason" in point) return noEstimate(`Showing raw shares: ${point.reason}.`);

  const replicates = Math.max(MIN_REPLICATES, Math.min(MAX_REPLICATES, Math.floor(BOOTSTRAP_DRAWS_BUDGET / answered)));
  const samples = bootstrap({ observed, confusion, answered, replicates, seed: options.seed ?? DEFAULT_SEED });
  if (samples.length < replicates / 2) {
    return noEstimate(`Showing raw shares: the correction is unstable (${replicates - samples.length} of ${replicates} resamples of the answers could not be inverted).`);
  }
  const interval = (label: number, q: number) => percentile(samples.map((s) => s[label]!).sort((a, b) => a - b), q);
  return {
    adjusted: {
      ...toCounts(point.shares),
      low: toCounts(LABELS.map((_, k) => interval(k, 0.025))),
      high: toCounts(LABELS.map((_, k) => interval(k, 0.975))),
      answered,
    },
    note: null,
  };
}

/** Solves q = Mᵀp for p; or why it cannot be done with these answers. */
export function correctShares(observed: number[], confusion: ConfusionCounts): { shares: number[] } | { reason: string } {
  const missing = LABELS.filter((truth) => sumRow(confusion[truth]) === 0);
  if (missing.length > 0) {
    return { reason: `no answer says ${missing.join(" or ")} yet, so the model's errors on such items are unknown` };
  }
  const rates: Matrix = LABELS.map((truth) => LABELS.map((model) => confusion[truth][model] / sumRow(confusion[truth])));
  const transposed = LABELS.map((_, j) => LABELS.map((_, i) => rates[i]![j]!));
  const inverse = invertMatrix(transposed);
  if (!inverse) return { reason: "the model's labels do not tell the answered labels apart (singular confusion matrix)" };
  const condition = oneNorm(transposed) * oneNorm(inverse);
  if (condition > MAX_CONDITION) {
    return { reason: `the model's labels barely tell the answered labels apart (condition number ${condition.toFixed(0)})` };
  }
  const clipped = multiply(inverse, observed).map((share) => Math.max(0, share));
  const total = clipped.reduce((sum, share) => sum + share, 0);
  if (total <= 0) return { reason: "the correction leaves no label with a positive share" };
  return { shares: clipped.map((share) => share / total) };
}

/** Corrected shares of each resample (with replacement) of the answered items; resamples that cannot be inverted are left out. */
function bootstrap(options: { observed: number[]; confusion: ConfusionCounts; answered: number; replicates: number; seed: number }): number[][] {
  const random = createSeededRandom(options.seed);
  // Every answered item is one of nine (truth, model) cells: list each item's cell once, then a draw is one index.
  const cells = LABELS.flatMap((truth) => LABELS.map((model) => ({ truth, model, count: options.confusion[truth][model] })));
  const cellOfItem = new Uint8Array(options.answered);
  let filled = 0;
  cells.forEach((cell, index) => cellOfItem.fill(index, filled, (filled += cell.count)));
  const samples: number[][] = [];
  const drawn = new Uint32Array(cells.length);
  for (let r = 0; r < options.replicates; r++) {
    drawn.fill(0);
    for (let draw = 0; draw < options.answered; draw++) drawn[cellOfItem[Math.floor(random() * options.answered)]!]! += 1;
    const resampled = emptyConfusion();
    cells.forEach((cell, index) => (resampled[cell.truth][cell.model] = drawn[index]!));
    const result = correctShares(options.observed, resampled);
    if ("shares" in result) samples.push(result.shares);
  }
  return samples;
}

export function emptyConfusion(): ConfusionCounts {
  return {
    negative: { negative: 0, neutral: 0, positive: 0 },
    neutral: { negative: 0, neutral: 0, positive: 0 },
    positive: { negative: 0, neutral: 0, positive: 0 },
  };
}

/** Linear interpolation between the two nearest order statistics of a sorted sample. */
function percentile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

function noEstimate(note: string): AdjustedEstimate {
  return { adjusted: null, note };
}

function toCounts(values: number[]): LabelCounts {
  return { negative: values[0]!, neutral: values[1]!, positive: values[2]! };
}

function sumRow(row: LabelCounts): number {
  return row.negative + row.neutral + row.positive;
}

function sumCells(confusion: ConfusionCounts): number {
  return LABELS.reduce((sum, truth) => sum + sumRow(confusion[truth]), 0);
}
