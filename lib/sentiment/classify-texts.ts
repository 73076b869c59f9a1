import { env } from "@/lib/env";
import { capTextLength } from "@/lib/sentiment/cap-text-length";
import { foldScores, type FoldedScores } from "@/lib/sentiment/fold-scores";
import type { Classifier } from "@/lib/sentiment/load-classifier";

export type SentimentPrediction = FoldedScores;

type ClassifyTextsOptions = { texts: string[]; classifier: Classifier; batchSize?: number };

// Runs the model over texts in batches of `batchSize` (INFERENCE_BATCH_SIZE by default) and returns one prediction
// per text, in input order. A batch is padded to its longest text, so texts are batched in order of length: a short
// comment never pays for the 256 tokens of the post next to it. Results do not depend on the batching.
export async function classifyTexts({ texts, classifier, batchSize = env.INFERENCE_BATCH_SIZE }: ClassifyTextsOptions) {
  const capped = texts.map((t) => capTextLength(t, classifier.maxTokens));
  const order = capped.map((_, i) => i).sort((a, b) => capped[a]!.length - capped[b]!.length || a - b);
  const predictions = new Array<SentimentPrediction>(texts.length);
  for (let start = 0; start < order.length; start += batchSize) {
    const indices = order.slice(start, start + batchSize);
    const results = await classifyBatch(indices.map((i) => capped[i]!), classifier);
    indices.forEach((index, k) => (predictions[index] = results[k]!));
  }
  return predictions;
}

// The steps of transformers.js' text-classification pipeline, called directly so the token limit is ours (some hub
// tokenizers declare none) and every class probability comes back, not only the top one.
async function classifyBatch(texts: string[], { pipe, mapping, maxTokens }: Classifier) {
  const inputs = pipe.tokenizer(texts, { padding: true, truncation: true, max_length: maxTokens });
  const { logits } = (await pipe.model(inputs)) as { logits: { data: Float32Array; dims: number[] } };
  const classes = logits.dims[1]!;
  const id2label = (pipe.model.config as unknown as { id2label: Record<string, string> }).id2label;
  return texts.map((_, row) => {
    const z = Array.from(logits.data.subarray(row * classes, (row + 1) * classes));
    const max = Math.max(...z);
    const exp = z.map((v) => Math.exp(v - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    const rawScores = Object.fromEntries(exp.map((e, c) => [id2label[c] ?? `LABEL_${c}`, e / sum]));
    return foldScores({ rawScores, mapping });
  });
}
