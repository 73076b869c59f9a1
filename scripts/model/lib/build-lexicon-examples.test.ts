import { describe, expect, it } from "vitest";
import { SENTIMENT_LABELS } from "@/lib/sentiment/labels";
import { buildLexiconExamples } from "./build-lexicon-examples";
import { buildTokenizer } from "./build-tokenizer";
import type { FeatureSpec } from "./extract-features";
import { loadTokenizer } from "./load-tokenizer";

const files = buildTokenizer({ words: [["good", "good", "meh"]], maxWords: 10, maxLength: 16, extraWords: ["superb", "dreadful"] });
const tokenizer = loadTokenizer(files);
const spec: FeatureSpec = {
  vocabSize: files.vocabSize, buckets: 64, prime: 31, negationIds: files.negationIds, scopeEndIds: files.scopeEndIds, trigrams: false,
};
const entries = [
  { token: "superb", valence: 3.1 },
  { token: "dreadful", valence: -1.5 },
  { token: "good", valence: 1.9 }, // frequent in the texts: left to them
  { token: "meh", valence: -0.4 }, // too weak to carry a direction
];

describe("buildLexiconExamples", () => {
  it("labels rare, strong entries by valence sign, weights them by strength, without [CLS]/[SEP]", () => {
    const wordCounts = new Map([["good", 2], ["meh", 1]]);
    const rows = buildLexiconExamples({ entries, tokenizer, spec, weight: 1, minValence: 1, maxCount: 2, wordCounts });
    expect(rows.map((r) => SENTIMENT_LABELS[r.label])).toEqual(["positive", "negative"]);
    expect(rows.map((r) => r.weight)).toEqual([1, 0.75]);
    const vocab = (files.tokenizer.model as { vocab: Record<string, number> }).vocab;
    expect(Array.from(rows[0]!.index)).toEqual([vocab["superb"]]);
  });
});
