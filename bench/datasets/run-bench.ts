import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { dropDatabase, recreateDatabase } from "../bench-database";
import { seedLabelledItems } from "./seed-labelled-items";

// npm run bench:datasets — a dataset version of 100,000 labelled items: the snapshot transaction (labels, splits,
// dataset_items, stats), then the files (CSV, JSONL, JSONL per split, Parquet, card, zip), each step
// timed in a process of its own with its peak RSS. Scratch database postmood_bench_datasets, created, seeded,
// migrated and dropped here (BENCH_KEEP_DATABASE=1 keeps it and reuses it on the next run, to iterate on one step).

const COUNT = Number(process.env.BENCH_DATASETS_COUNT ?? 100_000);
const BASE_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postmood";
const URL_ = BASE_URL.replace(/\/[^/?]+(\?|$)/, "/postmood_bench_datasets$1");
const KEEP = process.env.BENCH_KEEP_DATABASE === "1";

type StepResult = { step: string; items: number; seconds: number; cpuSeconds: number; peakMb: number; baselineMb: number; files: Array<{ format: string; bytes: number }> };

function runStep(step: "snapshot" | "files"): StepResult {
  const output = execFileSync(path.resolve("node_modules/.bin/tsx"), ["bench/datasets/build-version.ts", step], {
    env: { ...process.env, DATABASE_URL: URL_, LOG_LEVEL: "warn" },
    encoding: "utf8",
  });
  const result = JSON.parse(output.trim().split("\n").at(-1)!) as StepResult;
  console.log(`${step}: ${JSON.stringify(result)}`); // the whole record, with the peak's heap and buffer shares
  return result;
}

async function main() {
  const reuse = KEEP && (await databaseExists());
  if (!reuse) {
    await recreateDatabase(URL_);
    const seedStarted = performance.now();
    await seedLabelledItems({ url: URL_, count: COUNT });
    console.log(`seeded ${COUNT.toLocaleString("en")} labelled items in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  }
  try {
    const snapshot = reuse ? null : runStep("snapshot");
    const files = runStep("files");
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    console.log(`\n${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load}`);
    console.log(`| step (${files.items.toLocaleString("en")} items) | time | Node CPU | peak RSS (process before the step) |\n|---|---|---|---|`);
    if (snapshot) {
      console.log(`| snapshot: labels, splits, dataset_items, stats | ${snapshot.seconds.toFixed(2)} s | ${snapshot.cpuSeconds.toFixed(2)} s | ${snapshot.peakMb.toFixed(0)} MB (${snapshot.baselineMb.toFixed(0)} MB) |`);
    }
    console.log(`| files: CSV + JSONL (+ per split) + Parquet + card + zip | **${files.seconds.toFixed(2)} s** | ${files.cpuSeconds.toFixed(2)} s | **${files.peakMb.toFixed(0)} MB** (${files.baselineMb.toFixed(0)} MB) |`);
    console.log(`\nfiles: ${files.files.map((file) => `${file.format} ${mb(file.bytes)}`).join(", ")}`);
  } finally {
    if (!KEEP) await dropDatabase(URL_);
  }
}

async function databaseExists(): Promise<boolean> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: URL_ });
  try {
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM datasets WHERE version = 1");
    return rows[0].n === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
