import type { FeatureSpec } from "./extract-features";
import type { LinearModel } from "./train-linear";
import { DataType, f32, i64, node, tensor, valueInfo, type Graph } from "./onnx-graph";

// The trained linear model as an ONNX graph over the tokenizer's [batch, tokens] ids, computing the features of
// extract-features.ts in-graph (negation scope, hashed n-grams, sqrt normalization) so transformers.js can run it
// as an ordinary "BertForSequenceClassification". Not a transformer: one sparse linear layer.

type BuildLinearGraphOptions = { model: LinearModel; spec: FeatureSpec; quantized: boolean };

export function buildLinearGraph({ model, spec, quantized }: BuildLinearGraphOptions): Graph {
  const { vocabSize: V, buckets: H, classes: C } = { ...spec, classes: model.classes };
  const unigramRows = 2 * V;
  const tables = {
    uni: model.weights.subarray(0, unigramRows * C),
    gram: model.weights.subarray(unigramRows * C, (unigramRows + H) * C),
  };
  const initializers = [
    f32("bias", [C], Array.from(model.bias)),
    i64("neg_lo", [], [spec.negationIds[0]]),
    i64("neg_hi", [], [spec.negationIds[1]]),
    i64("end_lo", [], [spec.scopeEndIds[0]]),
    i64("end_hi", [], [spec.scopeEndIds[1]]),
    i64("vocab", [], [V]),
    i64("prime", [], [spec.prime]),
    i64("buckets", [], [H]),
    i64("zero", [], [0]),
    i64("one", [], [1]),
    f32("one_f", [], [1]),
    i64("ax1", [1], [1]),
    i64("ax2", [1], [2]),
    i64("s0", [1], [0]),
    i64("s1", [1], [1]),
    i64("s2", [1], [2]),
    i64("e_m1", [1], [-1]),
    i64("e_end", [1], [Number.MAX_SAFE_INTEGER]),
  ];
  const nodes = [];
  // weights: fp32 as is, or int8 with one scale per class column (dequantized right after the Gather)
  const gather = (table: "uni" | "gram", indices: string, out: string) => {
    if (!quantized) return [node("Gather", [`W_${table}`, indices], [out], { axis: 0 })];
    return [
      node("Gather", [`Wq_${table}`, indices], [`${out}_q`], { axis: 0 }),
      node("Cast", [`${out}_q`], [`${out}_c`], { to: DataType.FLOAT }),
      node("Mul", [`${out}_c`, `scale_${table}`], [out]),
    ];
  };
  for (const [name, values] of Object.entries(tables)) {
    const rows = values.length / C;
    if (!quantized) {
      initializers.push(f32(`W_${name}`, [rows, C], values));
      continue;
    }
    const { q, scale } = quantizeColumns(values, C);
    initializers.push(tensor(`Wq_${name}`, DataType.INT8, [rows, C], q), f32(`scale_${name}`, [C], scale));
  }

  nodes.push(
    node("Cast", ["attention_mask"], ["m"], { to: DataType.FLOAT }),
    node("Unsqueeze", ["m", "ax2"], ["m3"]),
    // negation scope: token i is negated when a negation word j < i sits in the same clause, i.e. the running
    // count of clause punctuation is equal at i and j. O(T²) per text, fine at 256 tokens.
    node("GreaterOrEqual", ["input_ids", "neg_lo"], ["neg_a"]),
    node("Less", ["input_ids", "neg_hi"], ["neg_b"]),
    node("And", ["neg_a", "neg_b"], ["is_neg"]),
    node("GreaterOrEqual", ["input_ids", "end_lo"], ["end_a"]),
    node("Less", ["input_ids", "end_hi"], ["end_b"]),
    node("And", ["end_a", "end_b"], ["is_end"]),
    node("Cast", ["is_end"], ["end_i"], { to: DataType.INT64 }),
    node("CumSum", ["end_i", "one"], ["clause"]),
    node("Mul", ["input_ids", "zero"], ["zeros"]),
    node("Add", ["zeros", "one"], ["ones"]),
    node("CumSum", ["ones", "one"], ["pos"]),
    node("Unsqueeze", ["clause", "ax2"], ["clause_i"]),
    node("Unsqueeze", ["clause", "ax1"], ["clause_j"]),
    node("Equal", ["clause_i", "clause_j"], ["same_clause"]),
    node("Unsqueeze", ["pos", "ax2"], ["pos_i"]),
    node("Unsqueeze", ["pos", "ax1"], ["pos_j"]),
    node("Less", ["pos_j", "pos_i"], ["before"]),
    node("Unsqueeze", ["is_neg", "ax1"], ["neg_j"]),
    node("And", ["same_clause", "before"], ["pair_ok"]),
    node("And", ["pair_ok", "neg_j"], ["negates"]),
    node("Cast", ["negates"], ["negates_f"], { to: DataType.FLOAT }),
    node("ReduceMax", ["negates_f"], ["scope_f"], { axes: [2], keepdims: 0 }),
    node("Cast", ["scope_f"], ["scope"], { to: DataType.INT64 }),
    node("Mul", ["scope", "vocab"], ["scope_offset"]),
    node("Add", ["input_ids", "scope_offset"], ["uni_idx"]),
    ...gather("uni", "uni_idx", "U"),
    node("Mul", ["U", "m3"], ["Um"]),
    node("ReduceSum", ["Um", "ax1"], ["U_sum"], { keepdims: 0 }),
    // hashed bigrams: (a * prime + b) mod buckets
    node("Slice", ["input_ids", "s0", "e_m1", "ax1"], ["ids_a"]),
    node("Slice", ["input_ids", "s1", "e_end", "ax1"], ["ids_b"]),
    node("Slice", ["m", "s0", "e_m1", "ax1"], ["m_a"]),
    node("Slice", ["m", "s1", "e_end", "ax1"], ["m_b"]),
    node("Mul", ["m_a", "m_b"], ["m_bi"]),
    node("Unsqueeze", ["m_bi", "ax2"], ["m_bi3"]),
    node("Mul", ["ids_a", "prime"], ["a_p"]),
    node("Add", ["a_p", "ids_b"], ["ab"]),
    node("Mod", ["ab", "buckets"], ["h_bi"]),
    ...gather("gram", "h_bi", "B"),
    node("Mul", ["B", "m_bi3"], ["Bm"]),
    node("ReduceSum", ["Bm", "ax1"], ["B_sum"], { keepdims: 0 }),
    node("ReduceSum", ["m", "ax1"], ["n_uni"], { keepdims: 1 }),
    node("ReduceSum", ["m_bi", "ax1"], ["n_bi"], { keepdims: 1 }),
    node("Add", ["U_sum", "B_sum"], ["S2"]),
    node("Add", ["n_uni", "n_bi"], ["n2"]),
  );
  let [sum, count] = ["S2", "n2"];
  if (spec.trigrams) {
    // hashed trigrams: (bigram_hash * prime + c) mod buckets, sharing the bigram table
    nodes.push(
      node("Slice", ["h_bi", "s0", "e_m1", "ax1"], ["h_ab"]),
      node("Slice", ["input_ids", "s2", "e_end", "ax1"], ["ids_c"]),
      node("Slice", ["m_bi", "s0", "e_m1", "ax1"], ["m_ab"]),
      node("Slice", ["m", "s2", "e_end", "ax1"], ["m_c"]),
      node("Mul", ["m_ab", "m_c"], ["m_tri"]),
      node("Unsqueeze", ["m_tri", "ax2"], ["m_tri3"]),
      node("Mul", ["h_ab", "prime"], ["ab_p"]),
      node("Add", ["ab_p", "ids_c"], ["abc"]),
      node("Mod", ["abc", "buckets"], ["h_tri"]),
      ...gather("gram", "h_tri", "Tr"),
      node("Mul", ["Tr", "m_tri3"], ["Tm"]),
      node("ReduceSum", ["Tm", "ax1"], ["T_sum"], { keepdims: 0 }),
      node("ReduceSum", ["m_tri", "ax1"], ["n_tri"], { keepdims: 1 }),
      node("Add", ["S2", "T_sum"], ["S3"]),
      node("Add", ["n2", "n_tri"], ["n3"]),
    );
    [sum, count] = ["S3", "n3"];
  }
  nodes.push(
    node("Max", [count, "one_f"], ["n_safe"]),
    node("Sqrt", ["n_safe"], ["den"]),
    node("Div", [sum, "den"], ["S_norm"]),
    node("Add", ["S_norm", "bias"], ["logits"]),
  );
  return {
    nodes,
    initializers,
    inputs: [
      valueInfo("input_ids", DataType.INT64, ["batch_size", "sequence_length"]),
      valueInfo("attention_mask", DataType.INT64, ["batch_size", "sequence_length"]),
    ],
    outputs: [valueInfo("logits", DataType.FLOAT, ["batch_size", C])],
    doc: "postmood-sentiment: negation-aware bag of unigrams + hashed n-grams, one linear layer (not a transformer)",
  };
}

// Symmetric int8, one scale per class column: the columns have different ranges (neutral weights are smaller).
function quantizeColumns(values: Float32Array, C: number) {
  const max = new Array<number>(C).fill(0);
  for (let i = 0; i < values.length; i++) max[i % C] = Math.max(max[i % C]!, Math.abs(values[i]!));
  const scale = max.map((m) => (m > 0 ? m / 127 : 1));
  const q = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) q[i] = Math.round(values[i]! / scale[i % C]!);
  return { q, scale };
}
