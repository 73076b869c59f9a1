// npm run model:eval -- [data-dir] [--model id-or-path]
// Scores the embedded model (fp32 and q8, through the real transformers.js pipeline) and the VADER baseline on the
// GoEmotions dev split, 3-class mapping. Dev is read here only: settings are tuned on a split of train.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { classifyWithVader } from "./lib/classify-with-vader";
import { expectedCalibrationError } from "./lib/measure-calibration-error";
import { readGoEmotions } from "./lib/read-goemotions";
import { scorePredictions, type Scores } from "./lib/score-predictions";

// lib/logger writes to stdout, where the report goes: quiet unless LOG_LEVEL asks otherwise (modules load after this).
process.env.LOG_LEVEL ??= "warn";

async function main() {
  const { classifyTexts } = await import("@/lib/sentiment/classify-texts");
  const { loadClassifier } = await import("@/lib/sentiment/load-classifier");
  const { values, positionals } = parseArgs({ options: { model: { type: "string" } }, allowPositionals: true });
  const dataDir = positionals[0] ?? path.join("..", "shared", "data", "goemotions");
  if (!fs.existsSync(path.join(dataDir, "dev.tsv"))) {
    console.error(`model:eval: ${dataDir}/dev.tsv not found (pass the GoEmotions folder as the first argument)`);
    process.exit(2);
  }
  const { rows, dropped } = readGoEmotions({ dir: dataDir, split: "dev" });
  const truth = rows.map((r) => r.label);
  const texts = rows.map((r) => r.text);
  const counts = Object.fromEntries(["negative", "neutral", "positive"].map((l) => [l, truth.filter((t) => t === l).length]));
  console.log(`GoEmotions dev: ${rows.length} texts ${JSON.stringify(counts)}, dropped ${JSON.stringify(dropped)}`);

  const results: { name: string; scores: Scores; ece?: number; textsPerSecond: number }[] = [];
  for (const dtype of ["fp32", "q8"] as const) {
    const classifier = await loadClassifier({ model: values.model, dtype, fallback: false });
    const started = performance.now();
    const predictions = await classifyTexts({ texts, classifier, batchSize: 32 });
    const seconds = (performance.now() - started) / 1000;
    const predicted = predictions.map((p) => p.label);
    results.push({
      name: `${classifier.modelId} ${dtype} (${classifier.modelVersion})`,
      scores: scorePredictions({ truth, predicted }),
      ece: expectedCalibrationError({ confidence: predictions.map((p) => p.confidence), correct: predicted.map((p, i) => p === truth[i]) }),
      textsPerSecond: rows.length / seconds,
    });
  }
  const started = performance.now();
  const vader = texts.map(classifyWithVader);
  results.push({ name: "VADER (compound ±0.05)", scores: scorePredictions({ truth, predicted: vader }), textsPerSecond: rows.length / ((performance.now() - started) / 1000) });

  const f = (x: number) => x.toFixed(3);
  console.log("\n| model | accuracy | macro-F1 | F1 neg / neu / pos | ECE | texts/s |");
  console.log("|---|---|---|---|---|---|");
  for (const { name, scores: s, ece, textsPerSecond } of results) {
    const perClass = `${f(s.f1.negative)} / ${f(s.f1.neutral)} / ${f(s.f1.positive)}`;
    console.log(`| ${name} | ${f(s.accuracy)} | ${f(s.macroF1)} | ${perClass} | ${ece === undefined ? "–" : f(ece)} | ${Math.round(textsPerSecond)} |`);
  }
  for (const { name, scores } of results) console.log(`\nconfusion ${name} (rows true neg/neu/pos, columns predicted): ${JSON.stringify(scores.confusion)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
