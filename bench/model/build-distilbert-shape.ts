import fs from "node:fs";
import path from "node:path";
import { DataType, encodeModel, f32, i64, node, tensor, valueInfo } from "@/scripts/model/lib/onnx-graph";

// A DistilBERT-base-shaped sequence classifier with random weights: 6 encoder layers × 768 hidden, 12 heads, FFN
// 3072, GELU, post-LayerNorm, 30,522-token embeddings, 512 positions, pre-classifier + classifier on [CLS]. It
// predicts nothing useful; it costs what the real model costs. q8 = dynamic int8 quantization of every MatMul
// weight (DynamicQuantizeLinear + MatMulInteger), as onnxruntime's quantize_dynamic emits; embeddings stay fp32.

const SHAPE = { vocab: 30_522, hidden: 768, layers: 6, heads: 12, ffn: 3072, positions: 512, classes: 3 };

function randomNormal(count: number, std: number, seed: number) {
  // mulberry32 + Box-Muller: deterministic, no dependency
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float32Array(count);
  for (let i = 0; i < count; i += 2) {
    const r = Math.sqrt(-2 * Math.log(uniform() + 1e-12)) * std;
    const a = 2 * Math.PI * uniform();
    out[i] = r * Math.cos(a);
    if (i + 1 < count) out[i + 1] = r * Math.sin(a);
  }
  return out;
}

export function buildDistilbertShape({ quantized, seed = 1 }: { quantized: boolean; seed?: number }) {
  const { hidden: H, heads, ffn, layers, classes } = SHAPE;
  const headDim = H / heads;
  const initializers = [];
  const nodes = [];
  let nextSeed = seed;
  const weight = (name: string, dims: number[]) => {
    const values = randomNormal(dims.reduce((a, b) => a * b, 1), 0.02, nextSeed++);
    initializers.push(f32(name, dims, values));
    return values;
  };
  const constant = (name: string, dims: number[], value: number) => initializers.push(f32(name, dims, new Array(dims.reduce((a, b) => a * b, 1)).fill(value)));

  // y = x W + b, W [inDim, outDim]; quantized: int8 W with one scale, uint8 dynamic activations
  const linear = (x: string, name: string, inDim: number, outDim: number) => {
    constant(`${name}.b`, [outDim], 0);
    if (!quantized) {
      weight(`${name}.W`, [inDim, outDim]);
      nodes.push(node("MatMul", [x, `${name}.W`], [`${name}.xw`]), node("Add", [`${name}.xw`, `${name}.b`], [name]));
      return name;
    }
    const W = randomNormal(inDim * outDim, 0.02, nextSeed++);
    let max = 0;
    for (const v of W) max = Math.max(max, Math.abs(v));
    const scale = max / 127;
    initializers.push(
      tensor(`${name}.Wq`, DataType.INT8, [inDim, outDim], Int8Array.from(W, (v) => Math.round(v / scale))),
      f32(`${name}.ws`, [], [scale]),
      tensor(`${name}.wz`, DataType.INT8, [], new Int8Array([0])),
    );
    nodes.push(
      node("DynamicQuantizeLinear", [x], [`${name}.xq`, `${name}.xs`, `${name}.xz`]),
      node("MatMulInteger", [`${name}.xq`, `${name}.Wq`, `${name}.xz`, `${name}.wz`], [`${name}.yi`]),
      node("Cast", [`${name}.yi`], [`${name}.yf`], { to: DataType.FLOAT }),
      node("Mul", [`${name}.xs`, `${name}.ws`], [`${name}.s`]),
      node("Mul", [`${name}.yf`, `${name}.s`], [`${name}.xw`]),
      node("Add", [`${name}.xw`, `${name}.b`], [name]),
    );
    return name;
  };
  const layerNorm = (x: string, name: string) => {
    constant(`${name}.g`, [H], 1);
    constant(`${name}.beta`, [H], 0);
    nodes.push(node("LayerNormalization", [x, `${name}.g`, `${name}.beta`], [name], { axis: -1, epsilon: { float: 1e-12 } }));
    return name;
  };

  weight("word_embeddings", [SHAPE.vocab, H]);
  weight("position_embeddings", [SHAPE.positions, H]);
  initializers.push(
    i64("i0", [], [0]), i64("i1", [], [1]), i64("ax1", [1], [1]), i64("ax12", [2], [1, 2]),
    i64("split_heads", [4], [0, 0, heads, headDim]), i64("merge_heads", [3], [0, 0, H]),
    f32("one", [], [1]), f32("neg_big", [], [-1e4]), f32("inv_sqrt_d", [], [1 / Math.sqrt(headDim)]),
    f32("sqrt2", [], [Math.SQRT2]), f32("half", [], [0.5]),
  );
  nodes.push(
    node("Gather", ["word_embeddings", "input_ids"], ["we"], { axis: 0 }),
    node("Shape", ["input_ids"], ["ids_shape"]),
    node("Gather", ["ids_shape", "i1"], ["seq_len"], { axis: 0 }),
    node("Range", ["i0", "seq_len", "i1"], ["pos_ids"]),
    node("Gather", ["position_embeddings", "pos_ids"], ["pe"], { axis: 0 }),
    node("Add", ["we", "pe"], ["emb"]),
    node("Cast", ["attention_mask"], ["mask_f"], { to: DataType.FLOAT }),
    node("Sub", ["one", "mask_f"], ["mask_inv"]),
    node("Mul", ["mask_inv", "neg_big"], ["mask_add"]),
    node("Unsqueeze", ["mask_add", "ax12"], ["mask_bias"]), // [B, 1, 1, T]
  );
  let x = layerNorm("emb", "emb_ln");
  for (let l = 0; l < layers; l++) {
    const p = `l${l}`;
    const [q, k, v] = ["q", "k", "v"].map((t) => linear(x, `${p}.${t}`, H, H));
    nodes.push(
      node("Reshape", [q!, "split_heads"], [`${p}.q4`]), node("Transpose", [`${p}.q4`], [`${p}.qh`], { perm: [0, 2, 1, 3] }),
      node("Reshape", [k!, "split_heads"], [`${p}.k4`]), node("Transpose", [`${p}.k4`], [`${p}.kh`], { perm: [0, 2, 3, 1] }),
      node("Reshape", [v!, "split_heads"], [`${p}.v4`]), node("Transpose", [`${p}.v4`], [`${p}.vh`], { perm: [0, 2, 1, 3] }),
      node("MatMul", [`${p}.qh`, `${p}.kh`], [`${p}.qk`]),
      node("Mul", [`${p}.qk`, "inv_sqrt_d"], [`${p}.qk_s`]),
      node("Add", [`${p}.qk_s`, "mask_bias"], [`${p}.qk_m`]),
      node("Softmax", [`${p}.qk_m`], [`${p}.att`], { axis: -1 }),
      node("MatMul", [`${p}.att`, `${p}.vh`], [`${p}.ctx_h`]),
      node("Transpose", [`${p}.ctx_h`], [`${p}.ctx_t`], { perm: [0, 2, 1, 3] }),
      node("Reshape", [`${p}.ctx_t`, "merge_heads"], [`${p}.ctx`]),
    );
    const attnOut = linear(`${p}.ctx`, `${p}.o`, H, H);
    nodes.push(node("Add", [x, attnOut], [`${p}.res1`]));
    x = layerNorm(`${p}.res1`, `${p}.ln1`);
    const up = linear(x, `${p}.ffn1`, H, ffn);
    nodes.push(
      node("Div", [up, "sqrt2"], [`${p}.g_div`]), node("Erf", [`${p}.g_div`], [`${p}.g_erf`]),
      node("Add", [`${p}.g_erf`, "one"], [`${p}.g_1`]), node("Mul", [up, `${p}.g_1`], [`${p}.g_m`]),
      node("Mul", [`${p}.g_m`, "half"], [`${p}.gelu`]),
    );
    const down = linear(`${p}.gelu`, `${p}.ffn2`, ffn, H);
    nodes.push(node("Add", [x, down], [`${p}.res2`]));
    x = layerNorm(`${p}.res2`, `${p}.ln2`);
  }
  nodes.push(node("Gather", [x, "i0"], ["cls"], { axis: 1 }));
  const pre = linear("cls", "pre_classifier", H, H);
  nodes.push(node("Relu", [pre], ["pre_relu"]));
  const logits = linear("pre_relu", "classifier", H, classes);
  nodes.push(node("Identity", [logits], ["logits"]));
  return encodeModel({
    nodes,
    initializers,
    inputs: [
      valueInfo("input_ids", DataType.INT64, ["batch_size", "sequence_length"]),
      valueInfo("attention_mask", DataType.INT64, ["batch_size", "sequence_length"]),
    ],
    outputs: [valueInfo("logits", DataType.FLOAT, ["batch_size", classes])],
    doc: "DistilBERT-base shape, random weights (benchmark only)",
  });
}

// A loadable model folder: the graphs plus a config and the given tokenizer files (ids must stay below 30,522).
export function writeDistilbertShape({ dir, tokenizerDir }: { dir: string; tokenizerDir: string }) {
  fs.mkdirSync(path.join(dir, "onnx"), { recursive: true });
  for (const file of ["tokenizer.json", "tokenizer_config.json"]) fs.copyFileSync(path.join(tokenizerDir, file), path.join(dir, file));
  const labels = ["negative", "neutral", "positive"];
  fs.writeFileSync(path.join(dir, "config.json"), JSON.stringify({
    model_type: "distilbert",
    architectures: ["DistilBertForSequenceClassification"],
    id2label: Object.fromEntries(labels.map((l, i) => [String(i), l])),
    label2id: Object.fromEntries(labels.map((l, i) => [l, i])),
    vocab_size: SHAPE.vocab, dim: SHAPE.hidden, n_layers: SHAPE.layers, n_heads: SHAPE.heads,
    hidden_dim: SHAPE.ffn, max_position_embeddings: SHAPE.positions, activation: "gelu",
  }, null, 2));
  fs.writeFileSync(path.join(dir, "onnx", "model.onnx"), buildDistilbertShape({ quantized: false }));
  fs.writeFileSync(path.join(dir, "onnx", "model_quantized.onnx"), buildDistilbertShape({ quantized: true }));
}
