import { SENTIMENT_LABELS } from "@/lib/sentiment/labels";
import { extractFeatures, type FeatureSpec } from "./extract-features";
import { encodeTexts, type loadTokenizer } from "./load-tokenizer";
import type { LexiconEntry } from "./read-vader-lexicon";
import type { Example } from "./train-linear";

// Lexicon entries as weak pseudo-examples for words rare in the training texts: the entry's own tokens (no [CLS]
// and [SEP], which every real text has and which carry the class prior), labelled positive or negative by the sign
// of its valence, weighted by `weight` times min(|valence|, 2) / 2. Words the comments already show at least
// maxCount times are left to the comments: VADER's valence and GoEmotions' labels disagree on frequent words
// ("like", "want", "please" are VADER-positive, mostly neutral in GoEmotions). Rare or absent words get a small
// weight in the right direction instead of none, which is what held-out Reddit text with unseen vocabulary needs.
// Entries weaker than minValence carry no reliable direction and are skipped.
type BuildLexiconExamplesOptions = {
  entries: LexiconEntry[];
  tokenizer: ReturnType<typeof loadTokenizer>;
  spec: FeatureSpec;
  weight: number;
  minValence: number;
  maxCount: number;
  wordCounts: Map<string, number>; // pre-tokenized words of the training texts and how often each occurs
};

export function buildLexiconExamples(options: BuildLexiconExamplesOptions): Example[] {
  const { entries, tokenizer, spec, weight, minValence, maxCount, wordCounts } = options;
  const kept = entries.filter((e) => Math.abs(e.valence) >= minValence && (wordCounts.get(e.token) ?? 0) < maxCount);
  const ids = encodeTexts(tokenizer, kept.map((e) => e.token)).map((list) => list.slice(1, -1));
  return kept.map((e, i) => ({
    ...extractFeatures(ids[i]!, spec),
    label: SENTIMENT_LABELS.indexOf(e.valence > 0 ? "positive" : "negative"),
    weight: (weight * Math.min(Math.abs(e.valence), 2)) / 2,
  }));
}
