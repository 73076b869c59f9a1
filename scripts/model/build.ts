// npm run model:build -- [data-dir] [--out models/postmood-sentiment]
// Trains the embedded model on GoEmotions train (default data dir: ../shared/data/goemotions), writes the model
// folder and its manifest, then checks the ONNX graph against the training-time computation through the real
// transformers.js pipeline. Run by hand; the committed folder is its output. The dev split is not read here.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { classifyTexts } from "@/lib/sentiment/classify-texts";
import { loadClassifier } from "@/lib/sentiment/load-classifier";
import { buildModel } from "./lib/build-model";
import { readGoEmotions } from "./lib/read-goemotions";
import { linearLogits, softmaxInPlace } from "./lib/train-linear";

async function main() {
  const { values, positionals } = parseArgs({
    options: { out: { type: "string", default: path.join("models", "postmood-sentiment") } },
    allowPositionals: true,
  });
  const dataDir = positionals[0] ?? path.join("..", "shared", "data", "goemotions");
  if (!fs.existsSync(path.join(dataDir, "train.tsv"))) {
    console.error(`model:build: ${dataDir}/train.tsv not found (pass the GoEmotions folder as the first argument)`);
    process.exit(2);
  }

  const started = performance.now();
  const { rows, dropped } = readGoEmotions({ dir: dataDir, split: "train" });
  const sha = (file: string) => createHash("sha256").update(fs.readFileSync(path.join(dataDir, file))).digest("hex");
  const source = {
    dataset: "GoEmotions (train split), 3-class mapping, ambiguous and mixed dropped",
    files: Object.fromEntries(["train.tsv", "labels.txt", "sentiment_dict.json"].map((f) => [f, sha(f)])),
    rows: rows.length,
    dropped,
  };
  const built = buildModel({ rows, outDir: values.out!, name: "postmood-sentiment", source, log: (m) => console.log(m) });
  console.log(`built ${values.out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  for (const [file, hash] of Object.entries(built.manifest.files)) {
    console.log(`  ${file} ${fs.statSync(path.join(values.out!, file)).size} bytes ${hash.slice(0, 12)}`);
  }

  // The graph must compute what the trainer computed: compare fp32 pipeline probabilities on a sample of rows.
  const sample = rows.filter((_, i) => i % 40 === 0).map((r) => r.text);
  sample.push("I don't think this is good, not at all", "never again 😂😂 https://example.com/x u/someone /s");
  const classifier = await loadClassifier({ model: values.out, dtype: "fp32", fallback: false });
  const viaPipeline = await classifyTexts({ texts: sample, classifier, batchSize: 32 });
  let worst = 0;
  sample.forEach((text, i) => {
    const z = softmaxInPlace(linearLogits({ model: built.model, row: built.featurizeText(text), out: new Float64Array(3) }));
    const p = viaPipeline[i]!.probabilities;
    worst = Math.max(worst, Math.abs(p.negative - z[0]!), Math.abs(p.neutral - z[1]!), Math.abs(p.positive - z[2]!));
  });
  console.log(`graph vs trainer on ${sample.length} texts: max |Δp| = ${worst.toExponential(2)}`);
  if (worst > 1e-4) {
    console.error("model:build: the ONNX graph disagrees with the trainer");
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
