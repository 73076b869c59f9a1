import vader from "vader-sentiment";
import type { SentimentLabel } from "@/lib/sentiment/labels";

// The VADER baseline: its compound score with the thresholds its authors recommend (>= 0.05 positive,
// <= -0.05 negative, neutral between).
export function classifyWithVader(text: string): SentimentLabel {
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  if (compound >= 0.05) return "positive";
  if (compound <= -0.05) return "negative";
  return "neutral";
}
