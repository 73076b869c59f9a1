// npm run bench:model [-- --texts 512 --batch-size 32]
// Texts per second through the real classification path (lib/sentiment: tokenizer + ONNX model + label folding),
// batched vs one text at a time, for the embedded model and a DistilBERT-shaped model (random weights, built into a
// temp dir), fp32 and q8. Prints a Markdown table for docs/BENCHMARKS.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { classifyTexts } from "@/lib/sentiment/classify-texts";
import { loadClassifier, type Dtype } from "@/lib/sentiment/load-classifier";
import { EMBEDDED_MODEL_DIR } from "@/lib/sentiment/resolve-model-source";
import { writeDistilbertShape } from "./build-distilbert-shape";
import { makeBenchTexts } from "./make-bench-texts";

type Row = { model: string; dtype: Dtype; mode: string; texts: number; seconds: number; loadMs: number };

async function measure(model: string, dtype: Dtype, texts: string[], batchSize: number) {
  const started = performance.now();
  const classifier = await loadClassifier({ model, dtype, fallback: false });
  const loadMs = performance.now() - started;
  await classifyTexts({ texts: texts.slice(0, batchSize), classifier, batchSize }); // warm-up
  const t0 = performance.now();
  await classifyTexts({ texts, classifier, batchSize });
  return { seconds: (performance.now() - t0) / 1000, loadMs };
}

async function main() {
  const { values } = parseArgs({
    options: { texts: { type: "string", default: "512" }, "batch-size": { type: "string", default: "32" } },
  });
  const count = Number(values.texts);
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(batchSize) || batchSize < 1) {
    console.error("usage: npm run bench:model -- [--texts n] [--batch-size n]");
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "postmood-bench-"));
  try {
    const distil = path.join(dir, "distilbert-shape");
    let t0 = performance.now();
    writeDistilbertShape({ dir: distil, tokenizerDir: EMBEDDED_MODEL_DIR });
    console.error(`built DistilBERT-shaped model in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const texts = makeBenchTexts({ count, tokenizerDir: EMBEDDED_MODEL_DIR });
    const words = texts.reduce((s, t) => s + t.split(" ").length, 0) / texts.length;
    console.error(`${texts.length} texts, ${words.toFixed(1)} words on average`);

    const rows: Row[] = [];
    const plan = [
      { model: EMBEDDED_MODEL_DIR, name: "postmood-sentiment (embedded)", single: texts.length },
      { model: distil, name: "DistilBERT shape (6 × 768, random)", single: Math.min(texts.length, 128) },
    ];
    for (const { model, name, single } of plan) {
      for (const dtype of ["fp32", "q8"] as const) {
        t0 = performance.now();
        const batched = await measure(model, dtype, texts, batchSize);
        rows.push({ model: name, dtype, mode: `batch ${batchSize}`, texts: texts.length, ...batched });
        const one = await measure(model, dtype, texts.slice(0, single), 1);
        rows.push({ model: name, dtype, mode: "one at a time", texts: single, ...one });
        console.error(`${name} ${dtype}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
    }
    console.log("| model | dtype | mode | texts | texts/s | load ms |");
    console.log("|---|---|---|---|---|---|");
    for (const r of rows) {
      console.log(`| ${r.model} | ${r.dtype} | ${r.mode} | ${r.texts} | ${(r.texts / r.seconds).toFixed(1)} | ${Math.round(r.loadMs)} |`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
