// Sparse features of one tokenized text, computed exactly as the ONNX graph (build-linear-graph.ts) computes them:
//   rows [0, V)        unigram token ids outside a negation scope
//   rows [V, 2V)       the same ids inside a negation scope (after "not", "never", ... until clause punctuation)
//   rows [2V, 2V + H)  hashed bigrams (and trigrams when enabled) of adjacent token ids
// Each count is divided by sqrt(number of features), so long and short texts land on the same scale.

export type FeatureSpec = {
  vocabSize: number;
  buckets: number; // H, hash table size
  prime: number; // hash multiplier
  negationIds: [number, number]; // [from, to) token id range that opens a scope
  scopeEndIds: [number, number]; // [from, to) token id range that closes it
  trigrams: boolean;
};

export type SparseRow = { index: Int32Array; value: Float32Array };

export function featureCount(spec: FeatureSpec) {
  return 2 * spec.vocabSize + spec.buckets;
}

export function extractFeatures(ids: ArrayLike<number>, spec: FeatureSpec): SparseRow {
  const { vocabSize: V, buckets: H, prime: P, negationIds, scopeEndIds } = spec;
  const counts = new Map<number, number>();
  const bump = (i: number) => counts.set(i, (counts.get(i) ?? 0) + 1);
  const n = ids.length;
  let open = false; // a negation word was seen since the last clause punctuation
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id >= scopeEndIds[0] && id < scopeEndIds[1]) open = false;
    bump(open ? V + id : id);
    if (id >= negationIds[0] && id < negationIds[1]) open = true;
  }
  const bigram = (a: number, b: number) => (a * P + b) % H; // < 2^53 for ids < 2^16 and P < 2^21: exact in doubles
  for (let i = 0; i + 1 < n; i++) bump(2 * V + bigram(ids[i]!, ids[i + 1]!));
  let total = n + Math.max(n - 1, 0);
  if (spec.trigrams) {
    for (let i = 0; i + 2 < n; i++) bump(2 * V + bigram(bigram(ids[i]!, ids[i + 1]!), ids[i + 2]!));
    total += Math.max(n - 2, 0);
  }
  const norm = Math.sqrt(Math.max(total, 1));
  const index = Int32Array.from(counts.keys());
  const value = Float32Array.from(counts.values(), (c) => c / norm);
  return { index, value };
}
