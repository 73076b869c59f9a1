// npm run bench:model [-- --texts 256 --batch-sizes 1,8,32 --repeat 5]
// Texts per second through the real classification path (lib/sentiment: tokenizer + ONNX model + label folding),
// batched vs one text at a time, for the embedded model and a DistilBERT-shaped model (random weights, built into a
// temp dir), fp32 and q8. Each figure is the best of --repeat runs: the machine is shared, and the best run is the
// one least disturbed by other processes. Prints a Markdown table for docs/BENCHMARKS.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Dtype } from "@/lib/sentiment/load-classifier";
import { EMBEDDED_MODEL_DIR } from "@/lib/sentiment/resolve-model-source";
import { writeDistilbertShape } from "./build-distilbert-shape";
import { makeBenchTexts } from "./make-bench-texts";

// lib/logger writes to stdout, where the table goes: quiet unless LOG_LEVEL asks otherwise (modules load after this).
process.env.LOG_LEVEL ??= "warn";

type Row = { model: string; dtype: Dtype; mode: string; texts: number; seconds: number; loadMs: number };

async function measure(model: string, dtype: Dtype, texts: string[], batchSize: number, repeat: number) {
  const { classifyTexts } = await import("@/lib/sentiment/classify-texts");
  const { loadClassifier } = await import("@/lib/sentiment/load-classifier");
  const started = performance.now();
  const classifier = await loadClassifier({ model, dtype, fallback: false });
  const loadMs = performance.now() - started; // first call only; later calls reuse the shared pipeline
  await classifyTexts({ texts: texts.slice(0, batchSize), classifier, batchSize }); // warm-up
  let seconds = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    await classifyTexts({ texts, classifier, batchSize });
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { seconds, loadMs };
}

async function main() {
  const { values } = parseArgs({
    options: {
      texts: { type: "string", default: "256" },
      "batch-sizes": { type: "string", default: "1,8,32" }, // 1 = one text at a time
      repeat: { type: "string", default: "5" },
    },
  });
  const [count, repeat] = [Number(values.texts), Number(values.repeat)];
  const batchSizes = values["batch-sizes"]!.split(",").map(Number);
  if (![count, repeat, ...batchSizes].every((n) => Number.isInteger(n) && n >= 1)) {
    console.error("usage: npm run bench:model -- [--texts n] [--batch-sizes 1,8,32] [--repeat n]");
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "postmood-bench-"));
  try {
    const distil = path.join(dir, "distilbert-shape");
    let t0 = performance.now();
    writeDistilbertShape({ dir: distil, tokenizerDir: EMBEDDED_MODEL_DIR });
    console.error(`built DistilBERT-shaped model in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // the embedded model is ~200× faster: it gets 16× the texts so each timing lasts long enough to mean something
    const texts = makeBenchTexts({ count: count * 16, tokenizerDir: EMBEDDED_MODEL_DIR });
    const words = texts.reduce((s, t) => s + t.split(" ").length, 0) / texts.length;
    console.error(`texts of ${words.toFixed(1)} words on average`);

    const rows: Row[] = [];
    const plan = [
      { model: EMBEDDED_MODEL_DIR, name: "postmood-sentiment (embedded)", texts: texts.length },
      { model: distil, name: "DistilBERT shape (6 × 768, random)", texts: count },
    ];
    for (const { model, name, texts: n } of plan) {
      for (const dtype of ["fp32", "q8"] as const) {
        t0 = performance.now();
        for (const batchSize of batchSizes) {
          const timing = await measure(model, dtype, texts.slice(0, n), batchSize, repeat);
          rows.push({ model: name, dtype, mode: batchSize === 1 ? "one at a time" : `batch ${batchSize}`, texts: n, ...timing });
        }
        console.error(`${name} ${dtype}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
    }
    // other processes on a shared machine skew timings: print the load so readers can judge
    const load = os.loadavg().map((l) => l.toFixed(2)).join(", ");
    console.log(`${os.cpus().length} cores, node ${process.version}, load average at the end ${load}\n`);
    console.log(`| model | dtype | mode | texts | texts/s (best of ${repeat}) | first load ms |`);
    console.log("|---|---|---|---|---|---|");
    for (const r of rows) {
      const load = r.loadMs > 5 ? String(Math.round(r.loadMs)) : ""; // only the first mode pays the load
      console.log(`| ${r.model} | ${r.dtype} | ${r.mode} | ${r.texts} | ${(r.texts / r.seconds).toFixed(1)} | ${load} |`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
