import { SENTIMENT_LABELS, type SentimentLabel, type SentimentProbabilities } from "@/lib/sentiment/labels";
import type { LabelMapping } from "@/lib/sentiment/resolve-label-mapping";

export type FoldedScores = {
  label: SentimentLabel;
  confidence: number; // probability of `label`
  probabilities: SentimentProbabilities; // sums to 1
  rawScores: Record<string, number>; // the model's own labels and probabilities
};

// Sums each model label's probability into its sentiment class. Ties go to the first class in
// negative, neutral, positive order, so the result never depends on object key order.
export function foldScores({ rawScores, mapping }: { rawScores: Record<string, number>; mapping: LabelMapping }): FoldedScores {
  const probabilities: SentimentProbabilities = { negative: 0, neutral: 0, positive: 0 };
  for (const [label, p] of Object.entries(rawScores)) probabilities[mapping[label]!] += p;
  let label: SentimentLabel = "negative";
  for (const l of SENTIMENT_LABELS) if (probabilities[l] > probabilities[label]) label = l;
  return { label, confidence: probabilities[label], probabilities, rawScores };
}
