import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { claimDatasetVersion } from "@/lib/datasets/claim-dataset-version";
import { writeDatasetFiles } from "@/lib/datasets/files/write-dataset-files";
import { takeDatasetSnapshot } from "@/lib/datasets/snapshot/take-dataset-snapshot";
import { createLocalStorage } from "@/lib/datasets/storage/create-local-storage";
import { prisma } from "@/lib/db";

// One step of a dataset build (argv[2]: "snapshot" or "files") in a fresh process started by run-bench.ts with
// DATABASE_URL pointing at the seeded scratch database, so the peak RSS measured is that step's own. Prints one JSON
// line: seconds, this process's CPU seconds (a figure other work on the machine disturbs less), peak RSS sampled every
// 20 ms, the RSS before the step (Node, Prisma and a connection), file sizes.

const VERSION = 1;

async function main() {
  const step = process.argv[2];
  const root = await mkdtemp(path.join(os.tmpdir(), "postmood-bench-datasets-"));
  await prisma.$queryRaw`SELECT 1`; // connected: part of the baseline, not of the step
  const baseline = process.memoryUsage();
  const baselineMb = baseline.rss / 2 ** 20;
  if (process.env.BENCH_DEBUG) console.error("baseline", JSON.stringify(baseline));
  let peakRss = 0;
  let atPeak = process.memoryUsage();
  const sample = setInterval(() => {
    const usage = process.memoryUsage();
    if (usage.rss > peakRss) [peakRss, atPeak] = [usage.rss, usage];
  }, 20);
  try {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let files: Array<{ format: string; bytes: number }> = [];
    if (step === "snapshot") {
      await claimDatasetVersion({ version: VERSION, trigger: "manual" });
      await takeDatasetSnapshot({ version: VERSION });
    } else if (step === "files") {
      // a kept database holds a ready version from an earlier run: write its files again
      await prisma.dataset.update({ where: { version: VERSION }, data: { status: "building" } });
      files = await writeDatasetFiles({ version: VERSION, storage: createLocalStorage({ root }) });
    } else {
      throw new Error(`unknown step ${step}: snapshot | files`);
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6; // this process only (PostgreSQL's share runs in its backend)
    const peakMb = Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20;
    const items = (await prisma.dataset.findUniqueOrThrow({ where: { version: VERSION } })).itemCount;
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    const peakParts = { heapTotal: mb(atPeak.heapTotal), heapUsed: mb(atPeak.heapUsed), external: mb(atPeak.external), arrayBuffers: mb(atPeak.arrayBuffers) };
    console.log(JSON.stringify({ step, items, seconds, cpuSeconds, peakMb, baselineMb, peakParts, files: files.map(({ format, bytes }) => ({ format, bytes })) }));
  } finally {
    clearInterval(sample);
    await prisma.$disconnect();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
