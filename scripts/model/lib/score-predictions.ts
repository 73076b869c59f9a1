import { SENTIMENT_LABELS, type SentimentLabel } from "@/lib/sentiment/labels";

export type Scores = {
  n: number;
  accuracy: number;
  macroF1: number;
  f1: Record<SentimentLabel, number>;
  confusion: number[][]; // [true][predicted], in SENTIMENT_LABELS order
};

// Accuracy, per-class F1 and macro-F1 over the three classes (a class never predicted scores F1 0).
export function scorePredictions({ truth, predicted }: { truth: SentimentLabel[]; predicted: SentimentLabel[] }): Scores {
  const k = SENTIMENT_LABELS.length;
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  truth.forEach((t, i) => confusion[SENTIMENT_LABELS.indexOf(t)]![SENTIMENT_LABELS.indexOf(predicted[i]!)]!++);
  const f1 = SENTIMENT_LABELS.map((_, c) => {
    const tp = confusion[c]![c]!;
    const fp = confusion.reduce((s, row, r) => s + (r === c ? 0 : row[c]!), 0);
    const fn = confusion[c]!.reduce((s, v, p) => s + (p === c ? 0 : v), 0);
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  const correct = confusion.reduce((s, row, c) => s + row[c]!, 0);
  return {
    n: truth.length,
    accuracy: correct / Math.max(truth.length, 1),
    macroF1: f1.reduce((a, b) => a + b, 0) / k,
    f1: Object.fromEntries(SENTIMENT_LABELS.map((l, c) => [l, f1[c]!])) as Record<SentimentLabel, number>,
    confusion,
  };
}
