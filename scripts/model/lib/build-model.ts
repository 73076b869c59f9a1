import { createHash } from "node:crypto";
import { SENTIMENT_LABELS, type SentimentLabel } from "@/lib/sentiment/labels";
import { buildLinearGraph } from "./build-linear-graph";
import { extractFeatures, type FeatureSpec } from "./extract-features";
import { encodeTexts } from "./load-tokenizer";
import { fitTemperature } from "./fit-temperature";
import { expectedCalibrationError } from "./measure-calibration-error";
import { encodeModel } from "./onnx-graph";
import { prepareTraining, trainPrepared } from "./prepare-training";
import type { LabelledText } from "./read-goemotions";
import { scorePredictions, type Scores } from "./score-predictions";
import { splitHoldout } from "./split-holdout";
import { linearLogits, type LinearModel } from "./train-linear";
import { writeModelFolder } from "./write-model-folder";

// Training rows in, a complete transformers.js model folder out. Deterministic: the same rows and settings give
// byte-identical files (no clock, no randomness, stable ordering everywhere).

export type BuildSettings = {
  maxWords: number; // vocabulary words kept (most frequent first)
  maxLength: number; // tokens per text, [CLS] and [SEP] included; longer texts keep their beginning
  buckets: number; // hash table size for n-grams
  prime: number;
  trigrams: boolean;
  negation: boolean;
  iterations: number;
  l2: number;
  learningRate: number;
  nbMix: number; // 0: plain logistic regression; 1: NB-SVM feature scaling (compute-nb-scale.ts); between: blend
  nbAlpha: number; // add-alpha smoothing of the NB counts
  lexiconWeight: number; // weight of a VADER lexicon pseudo-example of |valence| >= 2 (0: no lexicon)
  lexiconMinValence: number; // lexicon entries weaker than this are not used
  lexiconMaxCount: number; // lexicon words seen this often in the training texts get no pseudo-example
  squeezeRepeats: boolean; // tokenizer: letters repeated 3+ times kept twice ("sooooo" -> "soo")
  holdoutShare: number; // share of train held out for calibration and the reported holdout scores
};

export const DEFAULT_SETTINGS: BuildSettings = {
  maxWords: 30_000,
  maxLength: 256,
  buckets: 262_144,
  prime: 1_000_003,
  trigrams: false,
  negation: true,
  iterations: 300,
  l2: 1e-5,
  learningRate: 0.05,
  nbMix: 1,
  nbAlpha: 1,
  lexiconWeight: 1,
  lexiconMinValence: 1,
  lexiconMaxCount: 20,
  squeezeRepeats: false,
  holdoutShare: 0.1,
};

type BuildModelOptions = {
  rows: LabelledText[];
  outDir: string;
  name: string;
  settings?: Partial<BuildSettings>;
  source?: Record<string, unknown>; // where the rows came from (file hashes), recorded in the manifest
  log?: (message: string) => void;
};

export function buildModel({ rows, outDir, name, settings: overrides, source = {}, log = () => {} }: BuildModelOptions) {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const { train, holdout } = splitHoldout({ rows, share: settings.holdoutShare });
  const prepared = prepareTraining({ train, holdout, settings });
  const { tokenizerFiles, tokenizer, spec, holdoutRows, lexiconRows } = prepared;
  log(`vocabulary ${spec.vocabSize} tokens (${prepared.lexiconWords} lexicon words); ${train.length} training rows, ${lexiconRows.length} lexicon rows, ${holdout.length} held out`);

  const raw = trainPrepared({
    prepared,
    settings,
    onIteration: (it, loss) => it % 50 === 0 && log(`iteration ${it}: weighted loss ${loss.toFixed(4)}`),
  });
  const holdoutLogits = holdoutRows.map((row) => linearLogits({ model: raw, row, out: new Float64Array(3) }));
  const temperature = fitTemperature({ logits: holdoutLogits, labels: holdoutRows.map((r) => r.label) });
  const model = scaleModel(raw, 1 / temperature);
  const holdoutScores = scoreHoldout(holdoutLogits.map((z) => z.map((v) => v / temperature)), holdout.map((r) => r.label));
  log(`temperature ${temperature.toFixed(4)}; holdout ${JSON.stringify(holdoutScores)}`);

  const config = modelConfig({ name, spec, settings, temperature });
  const files = {
    "config.json": `${JSON.stringify(config, null, 2)}\n`,
    "tokenizer.json": JSON.stringify(tokenizerFiles.tokenizer),
    "tokenizer_config.json": `${JSON.stringify(tokenizerFiles.tokenizerConfig, null, 2)}\n`,
    "onnx/model.onnx": encodeModel(buildLinearGraph({ model, spec, quantized: false })),
    "onnx/model_quantized.onnx": encodeModel(buildLinearGraph({ model, spec, quantized: true })),
  };
  const manifest = writeModelFolder({
    dir: outDir,
    files,
    info: { name, settings, source: { ...source, ...lexiconSource(prepared.lexiconBytes) }, temperature, holdout: holdoutScores, trainRows: train.length },
  });
  // model and featurize are returned so callers can compare the ONNX graph against the training-time features
  const featurizeText = (text: string) => extractFeatures(encodeTexts(tokenizer, [text])[0]!, spec);
  return { manifest, holdoutScores, temperature, spec, model, featurizeText };
}

// the lexicon is an input too: record which one, so a different vader-sentiment version shows in the manifest
function lexiconSource(bytes: Buffer | undefined) {
  if (!bytes) return {};
  return { lexicon: { "vader-sentiment/vader_lexicon.txt": createHash("sha256").update(bytes).digest("hex") } };
}

function scaleModel(model: LinearModel, factor: number): LinearModel {
  return { ...model, weights: model.weights.map((w) => w * factor), bias: model.bias.map((b) => b * factor) };
}

function scoreHoldout(logits: Float64Array[], truth: SentimentLabel[]) {
  const probs = logits.map((z) => {
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });
  const predicted = probs.map((p) => SENTIMENT_LABELS[p.indexOf(Math.max(...p))]!);
  const scores: Scores = scorePredictions({ truth, predicted });
  const ece = expectedCalibrationError({
    confidence: probs.map((p) => Math.max(...p)),
    correct: predicted.map((p, i) => p === truth[i]),
  });
  return { n: scores.n, accuracy: round(scores.accuracy), macroF1: round(scores.macroF1), ece: round(ece) };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function modelConfig({ name, spec, settings, temperature }: { name: string; spec: FeatureSpec; settings: BuildSettings; temperature: number }) {
  return {
    _name_or_path: name,
    // "bert" so transformers.js loads it as BertForSequenceClassification; the graph is NOT a transformer.
    model_type: "bert",
    architectures: ["BertForSequenceClassification"],
    id2label: Object.fromEntries(SENTIMENT_LABELS.map((l, i) => [String(i), l])),
    label2id: Object.fromEntries(SENTIMENT_LABELS.map((l, i) => [l, i])),
    problem_type: "single_label_classification",
    vocab_size: spec.vocabSize,
    hidden_size: SENTIMENT_LABELS.length,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    max_position_embeddings: settings.maxLength,
    pad_token_id: 0,
    postmood: {
      kind: "linear bag of n-grams packaged as ONNX (not a transformer)",
      features: {
        unigrams: "token ids, with a separate weight row when inside a negation scope",
        ngrams: spec.trigrams ? "hashed bigrams and trigrams" : "hashed bigrams",
        buckets: spec.buckets,
        prime: spec.prime,
        negationIds: spec.negationIds,
        scopeEndIds: spec.scopeEndIds,
        normalization: "counts / sqrt(feature count)",
      },
      temperature,
      settingsHash: createHash("sha256").update(JSON.stringify(settings)).digest("hex").slice(0, 16),
    },
  };
}
