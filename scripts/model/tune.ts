// npx tsx scripts/model/tune.ts [data-dir] [--configs '[{"l2":2e-5,"negation":false}, ...]']
// Settings search on the train split only: trains on 90 % of train and prints held-out accuracy and macro-F1 every
// 100 iterations for each configuration (overrides of DEFAULT_SETTINGS). The dev split is never read here.
import path from "node:path";
import { parseArgs } from "node:util";
import { SENTIMENT_LABELS, type SentimentLabel } from "@/lib/sentiment/labels";
import { DEFAULT_SETTINGS, type BuildSettings } from "./lib/build-model";
import type { SparseRow } from "./lib/extract-features";
import { prepareTraining, trainPrepared } from "./lib/prepare-training";
import { readGoEmotions } from "./lib/read-goemotions";
import { scorePredictions } from "./lib/score-predictions";
import { splitHoldout } from "./lib/split-holdout";
import { linearLogits, type LinearModel } from "./lib/train-linear";

function predict(model: LinearModel, rows: SparseRow[]): SentimentLabel[] {
  const z = new Float64Array(SENTIMENT_LABELS.length);
  return rows.map((row) => {
    linearLogits({ model, row, out: z });
    return SENTIMENT_LABELS[z.indexOf(Math.max(...z))]!;
  });
}

async function main() {
  const { values, positionals } = parseArgs({ options: { configs: { type: "string", default: "[{}]" } }, allowPositionals: true });
  const dataDir = positionals[0] ?? path.join("..", "shared", "data", "goemotions");
  const configs = JSON.parse(values.configs!) as Partial<BuildSettings>[];
  const { train, holdout } = splitHoldout({ rows: readGoEmotions({ dir: dataDir, split: "train" }).rows, share: DEFAULT_SETTINGS.holdoutShare });
  const truth = holdout.map((r) => r.label);

  for (const overrides of configs) {
    const settings = { ...DEFAULT_SETTINGS, ...overrides };
    const prepared = prepareTraining({ train, holdout, settings });
    const { holdoutRows } = prepared;
    const started = performance.now();
    trainPrepared({
      prepared,
      settings,
      onIteration: (it, loss, model) => {
        if (it % 100 !== 0) return;
        const s = scorePredictions({ truth, predicted: predict(model, holdoutRows) });
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        console.log(`${JSON.stringify(overrides)} it ${it} loss ${loss.toFixed(4)} acc ${s.accuracy.toFixed(4)} macroF1 ${s.macroF1.toFixed(4)} ${seconds}s`);
      },
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
