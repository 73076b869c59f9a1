// The project's three sentiment classes, in the order every probability vector uses.
export const SENTIMENT_LABELS = ["negative", "neutral", "positive"] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
export type SentimentProbabilities = Record<SentimentLabel, number>;
