import type { SentimentLabel } from "@/lib/sentiment/labels";

// How each model's own labels map onto negative | neutral | positive. 3-class models map one to one; 2-class
// models (SST-2 style) have no neutral, so their neutral probability is always 0; 5-class models fold
// "very negative" into negative and "very positive" into positive (probabilities are summed).
export type LabelMapping = Record<string, SentimentLabel>;

const THREE_WAY: LabelMapping = { negative: "negative", neutral: "neutral", positive: "positive" };

// Explicit mappings for the models we know. Keys are the labels exactly as each model's config.json spells them.
export const KNOWN_LABEL_MAPPINGS: Record<string, LabelMapping> = {
  "postmood-sentiment": THREE_WAY,
  "Xenova/twitter-roberta-base-sentiment-latest": THREE_WAY,
  "cardiffnlp/twitter-roberta-base-sentiment-latest": THREE_WAY,
  "Xenova/twitter-roberta-base-sentiment": { LABEL_0: "negative", LABEL_1: "neutral", LABEL_2: "positive" },
  "Xenova/distilbert-base-uncased-finetuned-sst-2-english": { NEGATIVE: "negative", POSITIVE: "positive" },
  "tabularisai/multilingual-sentiment-analysis": {
    "Very Negative": "negative",
    Negative: "negative",
    Neutral: "neutral",
    Positive: "positive",
    "Very Positive": "positive",
  },
  "Xenova/bert-base-multilingual-uncased-sentiment": {
    "1 star": "negative",
    "2 stars": "negative",
    "3 stars": "neutral",
    "4 stars": "positive",
    "5 stars": "positive",
  },
};

// For other models, labels are recognised by name (case-insensitive); anything else is an error rather than a guess.
const BY_NAME: Record<string, SentimentLabel> = {
  negative: "negative", neg: "negative", "very negative": "negative", "1 star": "negative", "2 stars": "negative",
  neutral: "neutral", neu: "neutral", "3 stars": "neutral",
  positive: "positive", pos: "positive", "very positive": "positive", "4 stars": "positive", "5 stars": "positive",
};

type ResolveLabelMappingOptions = { modelId: string; id2label: Record<string, string> };

export function resolveLabelMapping({ modelId, id2label }: ResolveLabelMappingOptions): LabelMapping {
  const labels = Object.values(id2label);
  const known = KNOWN_LABEL_MAPPINGS[modelId];
  const mapping: LabelMapping = {};
  for (const label of labels) {
    const target = known ? known[label] : BY_NAME[label.trim().toLowerCase()];
    if (!target) {
      throw new Error(
        `No sentiment mapping for label "${label}" of model "${modelId}" (labels: ${labels.join(", ")}). ` +
          `Add the model to KNOWN_LABEL_MAPPINGS in lib/sentiment/resolve-label-mapping.ts.`,
      );
    }
    mapping[label] = target;
  }
  if (!Object.values(mapping).includes("negative") || !Object.values(mapping).includes("positive")) {
    throw new Error(`Model "${modelId}" needs at least a negative and a positive label (labels: ${labels.join(", ")})`);
  }
  return mapping;
}
