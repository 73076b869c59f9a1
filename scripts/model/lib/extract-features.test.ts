import { describe, expect, it } from "vitest";
import { extractFeatures, type FeatureSpec } from "./extract-features";

// ids: 0-4 specials, 5 = "not" (negation range [5, 6)), 6 = "." (scope end range [6, 7)), 10+ = words
const spec: FeatureSpec = { vocabSize: 20, buckets: 7, prime: 3, negationIds: [5, 6], scopeEndIds: [6, 7], trigrams: false };

describe("extractFeatures", () => {
  it("moves tokens after a negation word to the negated rows until clause punctuation", () => {
    const ids = [2, 10, 5, 11, 12, 6, 11, 3]; // [CLS] a not b c . b [SEP]
    const { index, value } = extractFeatures(ids, spec);
    const unigrams = [...index].filter((i) => i < 40).sort((a, b) => a - b);
    // outside scope: 2, 10, 5, 6, 11 (the second "b"); inside: 20 + 11, 20 + 12; [SEP] after "." is outside
    expect(unigrams).toEqual([2, 3, 5, 6, 10, 11, 31, 32]);
    // 8 unigrams + 7 bigrams = 15 features; every count 1 except colliding bigram buckets
    const norm = Math.sqrt(15);
    const total = [...value].reduce((a, b) => a + b, 0);
    expect(total * norm).toBeCloseTo(15, 5);
  });

  it("hashes adjacent pairs as (a * prime + b) mod buckets after the unigram rows", () => {
    const { index } = extractFeatures([10, 11], spec);
    expect([...index].sort((a, b) => a - b)).toEqual([10, 11, 40 + ((10 * 3 + 11) % 7)]);
  });
});
