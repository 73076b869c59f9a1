import { parseArgs } from "node:util";
import { buildTokenizer } from "./lib/build-tokenizer";
import { encodeTexts, loadTokenizer, splitWords } from "./lib/load-tokenizer";
import { extractFeatures, featureCount, type FeatureSpec } from "./lib/extract-features";
import { readGoEmotions } from "./lib/read-goemotions";
import { scorePredictions } from "./lib/score-predictions";
import { splitHoldout } from "./lib/split-holdout";
import { linearLogits, trainLinear, type LinearModel } from "./lib/train-linear";
import { SENTIMENT_LABELS, type SentimentLabel } from "@/lib/sentiment/labels";
import type { SparseRow } from "./lib/extract-features";

const { values } = parseArgs({ options: { data: { type: "string", default: "../shared/data/goemotions" }, configs: { type: "string" } } });
const all = readGoEmotions({ dir: values.data!, split: "train" }).rows;
const { train, holdout } = splitHoldout({ rows: all, share: 0.1 });
const boot = buildTokenizer({ words: [], maxWords: 0, maxLength: 256 });
const bootTok = loadTokenizer(boot);
const t0 = performance.now();
const files = buildTokenizer({ words: train.map((r) => splitWords(bootTok, r.text)), maxWords: 30000, maxLength: 256 });
const tok = loadTokenizer(files);
const trIds = encodeTexts(tok, train.map((r) => r.text));
const hoIds = encodeTexts(tok, holdout.map((r) => r.text));
console.log("train", train.length, "holdout", holdout.length, "vocab", files.vocabSize, "encode s", ((performance.now() - t0) / 1000).toFixed(1));
const predict = (model: LinearModel, rows: SparseRow[]): SentimentLabel[] => {
  const z = new Float64Array(3);
  return rows.map((r) => { linearLogits({ model, row: r, out: z }); return SENTIMENT_LABELS[z.indexOf(Math.max(...z))]!; });
};
const configs = JSON.parse(values.configs ?? '[{"buckets":262144,"trigrams":false,"neg":true,"l2":1e-5,"it":400,"lr":0.05}]');
for (const cfg of configs) {
  const spec: FeatureSpec = { vocabSize: files.vocabSize, buckets: cfg.buckets, prime: 1000003, negationIds: cfg.neg ? files.negationIds : [0, 0], scopeEndIds: files.scopeEndIds, trigrams: cfg.trigrams };
  const ex = trIds.map((ids, i) => ({ ...extractFeatures(ids, spec), label: SENTIMENT_LABELS.indexOf(train[i]!.label) }));
  const hx = hoIds.map((ids) => extractFeatures(ids, spec));
  const t1 = performance.now();
  trainLinear({ examples: ex, features: featureCount(spec), classes: 3, iterations: cfg.it, l2: cfg.l2, learningRate: cfg.lr, balanceClasses: true,
    onIteration: (it, loss, model) => {
      if (it % 100 !== 0) return;
      const s = scorePredictions({ truth: holdout.map((r) => r.label), predicted: predict(model, hx) });
      console.log(JSON.stringify(cfg), it, "loss", loss.toFixed(4), "acc", s.accuracy.toFixed(4), "mF1", s.macroF1.toFixed(4), `${((performance.now() - t1) / 1000).toFixed(0)}s`);
    } });
}
