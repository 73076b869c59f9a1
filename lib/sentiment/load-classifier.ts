import fs from "node:fs";
import path from "node:path";
import { env as hf, pipeline, type TextClassificationPipeline } from "@huggingface/transformers";
import { env } from "@/lib/env";
import { moduleLogger } from "@/lib/logger";
import { hashModelFiles } from "@/lib/sentiment/hash-model-files";
import { resolveLabelMapping, type LabelMapping } from "@/lib/sentiment/resolve-label-mapping";
import { resolveModelSource, type ModelSource } from "@/lib/sentiment/resolve-model-source";

const log = moduleLogger("sentiment");

export type Dtype = "fp32" | "q8";

export type Classifier = {
  modelId: string; // hub id or local folder name
  modelVersion: string; // hash of the model files (see hash-model-files.ts)
  dtype: Dtype;
  maxTokens: number; // texts are cut to this many tokens, [CLS]/[SEP] included
  mapping: LabelMapping;
  pipe: TextClassificationPipeline;
};

type LoadClassifierOptions = {
  model?: string; // hub id or folder; unset = MODEL_ID, then the embedded model
  dtype?: Dtype;
  // when the requested model cannot load, warn and use the embedded model instead of throwing
  fallback?: boolean;
  cacheDir?: string; // where hub models are downloaded; MODEL_CACHE_DIR by default
};

// One pipeline per model and dtype per process, created on first use and shared through globalThis (Next's dev
// reloads and the worker entry points import this module more than once). Concurrent callers await the same load.
// Loads run one after another: transformers.js takes the local folder and the remote switch from its global `env`,
// so two loads in flight at once could read each other's settings.
const globalForSentiment = globalThis as unknown as {
  postmoodClassifiers?: Map<string, Promise<Classifier>>;
  postmoodClassifierQueue?: Promise<unknown>;
};
const loaded = (globalForSentiment.postmoodClassifiers ??= new Map());

export async function loadClassifier(options: LoadClassifierOptions = {}) {
  const { model = env.MODEL_ID, dtype = env.MODEL_DTYPE, fallback = true, cacheDir = env.MODEL_CACHE_DIR } = options;
  try {
    return await loadShared(resolveModelSource({ model, cacheDir }), dtype);
  } catch (error) {
    if (!fallback || model === undefined) throw error;
    log.warn({ model, err: error }, `model "${model}" could not be loaded; falling back to the embedded model`);
    return loadShared(resolveModelSource({ cacheDir }), dtype);
  }
}

function loadShared(source: ModelSource, dtype: Dtype): Promise<Classifier> {
  const key = `${source.kind === "local" ? source.dir : source.modelId}|${dtype}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = (globalForSentiment.postmoodClassifierQueue ?? Promise.resolve()).then(() => createClassifier(source, dtype));
    globalForSentiment.postmoodClassifierQueue = pending.catch(() => undefined);
    loaded.set(key, pending);
    pending.catch(() => loaded.delete(key)); // a failed load is retried by the next caller
  }
  return pending;
}

async function createClassifier(source: ModelSource, dtype: Dtype): Promise<Classifier> {
  const started = performance.now();
  let name: string;
  let filesDir: string;
  if (source.kind === "local") {
    if (!fs.existsSync(path.join(source.dir, "config.json"))) {
      throw new Error(`Sentiment model folder "${source.dir}" is missing or incomplete (no config.json)`);
    }
    // transformers.js resolves a plain name under localModelPath; with remote models off it never uses the network.
    hf.allowRemoteModels = false;
    hf.localModelPath = `${path.dirname(source.dir)}/`;
    name = path.basename(source.dir);
    filesDir = source.dir;
  } else {
    hf.allowRemoteModels = true;
    hf.cacheDir = source.cacheDir;
    name = source.modelId;
    filesDir = path.join(source.cacheDir, source.modelId); // transformers.js' file cache layout for revision "main"
  }
  const lastLogged = new Map<string, number>();
  const pipe = (await pipeline("text-classification", name, {
    dtype,
    progress_callback: (p: { status: string; file?: string; progress?: number; loaded?: number; total?: number }) => {
      if (p.status !== "progress" || !p.file) return;
      const step = Math.floor((p.progress ?? 0) / 10); // one line per 10 % of each file
      if (lastLogged.get(p.file) === step) return;
      lastLogged.set(p.file, step);
      const fields = { model: name, file: p.file, progress: Math.round(p.progress ?? 0), loaded: p.loaded, total: p.total };
      // reading a local folder reports progress too; only downloads are worth an info line
      if (source.kind === "hub") log.info(fields, "downloading model");
      else log.debug(fields, "reading model file");
    },
  }).catch((error: Error) => {
    const where = source.kind === "local" ? `folder ${source.dir}` : `the HuggingFace hub (cache ${source.cacheDir})`;
    throw new Error(`Sentiment model "${source.modelId}" (${dtype}) could not be loaded from ${where}: ${error.message}`, { cause: error });
  })) as TextClassificationPipeline;

  const id2label = (pipe.model.config as unknown as { id2label?: Record<string, string> }).id2label ?? {};
  const classifier: Classifier = {
    modelId: source.modelId,
    modelVersion: hashModelFiles({ dir: filesDir, dtype }),
    dtype,
    // Some hub tokenizers declare an "infinite" limit; BERT-family position tables stop at 512.
    maxTokens: Math.min(pipe.tokenizer.model_max_length, 512),
    mapping: resolveLabelMapping({ modelId: source.modelId, id2label }),
    pipe,
  };
  const { pipe: _, ...info } = classifier;
  log.info({ ...info, ms: Math.round(performance.now() - started) }, "sentiment model loaded");
  return classifier;
}
