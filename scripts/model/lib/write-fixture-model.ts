import fs from "node:fs";
import path from "node:path";
import { DataType, encodeModel, f32, i64, node, valueInfo } from "./onnx-graph";

// A tiny text-classification model folder for tests: hand-set word weights, no training, a few KB, loaded by the
// real transformers.js pipeline. logits = (sum of the weights of its tokens, [CLS] and [SEP] included) / sqrt(token
// count) + bias, so a test can compute the exact expected output by hand.

export const FIXTURE_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];
const CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789.,!?'\"-:;()"];

type WriteFixtureModelOptions = {
  dir: string;
  id2label: string[]; // label of each output column
  weights: Record<string, number[]>; // word (or special token) -> one weight per label
  bias?: number[];
  maxLength?: number; // tokenizer model_max_length, [CLS]/[SEP] included
};

export function writeFixtureModel({ dir, id2label, weights, bias, maxLength = 16 }: WriteFixtureModelOptions) {
  const C = id2label.length;
  const tokens = [...new Set([...FIXTURE_SPECIALS, ...Object.keys(weights), ...CHARS, ...CHARS.map((c) => `##${c}`)])];
  const vocab = Object.fromEntries(tokens.map((t, i) => [t, i]));
  const W = new Float32Array(tokens.length * C);
  for (const [word, row] of Object.entries(weights)) row.forEach((w, c) => (W[vocab[word]! * C + c] = w));

  const graph = {
    nodes: [
      node("Cast", ["attention_mask"], ["m"], { to: DataType.FLOAT }),
      node("Unsqueeze", ["m", "ax2"], ["m3"]),
      node("Gather", ["W", "input_ids"], ["U"], { axis: 0 }),
      node("Mul", ["U", "m3"], ["Um"]),
      node("ReduceSum", ["Um", "ax1"], ["S"], { keepdims: 0 }),
      node("ReduceSum", ["m", "ax1"], ["n"], { keepdims: 1 }),
      node("Max", ["n", "one"], ["n1"]),
      node("Sqrt", ["n1"], ["den"]),
      node("Div", ["S", "den"], ["Sn"]),
      node("Add", ["Sn", "bias"], ["logits"]),
    ],
    initializers: [
      f32("W", [tokens.length, C], W),
      f32("bias", [C], bias ?? new Array<number>(C).fill(0)),
      f32("one", [], [1]),
      i64("ax1", [1], [1]),
      i64("ax2", [1], [2]),
    ],
    inputs: [
      valueInfo("input_ids", DataType.INT64, ["batch_size", "sequence_length"]),
      valueInfo("attention_mask", DataType.INT64, ["batch_size", "sequence_length"]),
    ],
    outputs: [valueInfo("logits", DataType.FLOAT, ["batch_size", C])],
    doc: "postmood test fixture: hand-set word weights",
  };
  const onnxBytes = encodeModel(graph);
  const cls = { SpecialToken: { id: "[CLS]", type_id: 0 } };
  const sep = { SpecialToken: { id: "[SEP]", type_id: 0 } };
  const files: Record<string, string | Uint8Array> = {
    "onnx/model.onnx": onnxBytes,
    "onnx/model_quantized.onnx": onnxBytes,
    "tokenizer.json": JSON.stringify({
      version: "1.0",
      truncation: null,
      padding: null,
      added_tokens: FIXTURE_SPECIALS.map((content, id) => ({
        id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
      })),
      normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
      pre_tokenizer: { type: "BertPreTokenizer" },
      post_processor: {
        type: "TemplateProcessing",
        single: [cls, { Sequence: { id: "A", type_id: 0 } }, sep],
        pair: [cls, { Sequence: { id: "A", type_id: 0 } }, sep, { Sequence: { id: "B", type_id: 1 } }, sep],
        special_tokens: {
          "[CLS]": { id: "[CLS]", ids: [vocab["[CLS]"]], tokens: ["[CLS]"] },
          "[SEP]": { id: "[SEP]", ids: [vocab["[SEP]"]], tokens: ["[SEP]"] },
        },
      },
      decoder: { type: "WordPiece", prefix: "##", cleanup: true },
      model: { type: "WordPiece", unk_token: "[UNK]", continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab },
    }),
    "tokenizer_config.json": JSON.stringify({
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
      model_max_length: maxLength,
      cls_token: "[CLS]",
      sep_token: "[SEP]",
      pad_token: "[PAD]",
      unk_token: "[UNK]",
      mask_token: "[MASK]",
    }),
    "config.json": JSON.stringify({
      model_type: "bert",
      architectures: ["BertForSequenceClassification"],
      id2label: Object.fromEntries(id2label.map((l, i) => [String(i), l])),
      label2id: Object.fromEntries(id2label.map((l, i) => [l, i])),
      vocab_size: tokens.length,
      hidden_size: C,
    }),
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return { vocab };
}
