import os from "node:os";
import { dropDatabase, recreateDatabase } from "../bench-database";
import { BENCH_MODEL, seedBenchSearch } from "./seed-bench-search";

// npm run bench:results — latency of the result API's query functions (summary, items page) on a search of 100,000
// items, p50/p95 over repeated calls, and the export's throughput and peak memory, in a scratch database the script
// creates, seeds, migrates and drops (postmood_bench_results). The HTTP layer (auth, zod) is left out: it adds the
// same ~1 ms to every call and is measured by the routes' own latency metric.

const COUNT = Number(process.env.BENCH_RESULTS_COUNT ?? 100_000);
const RUNS = 30;
const BASE_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postmood";
const URL_ = BASE_URL.replace(/\/[^/?]+(\?|$)/, "/postmood_bench_results$1");
// The app modules read DATABASE_URL once, when first imported: point them at the scratch database first.
process.env.DATABASE_URL = URL_;
process.env.REDIS_KEY_PREFIX = `postmood-bench-results-${process.pid}:`; // its own cache keys

async function main() {
  await recreateDatabase(URL_);
  try {
    const seedStarted = performance.now();
    const { searchId } = await seedBenchSearch({ url: URL_, count: COUNT });
    console.log(`seeded ${COUNT.toLocaleString("en")} items (+${(COUNT / 2).toLocaleString("en")} in another search) in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    const { getSearchSummary } = await import("@/lib/results/get-search-summary");
    const { listResultItems } = await import("@/lib/results/list-result-items");
    const { decodeItemsCursor } = await import("@/lib/results/items-cursor");
    const { prisma } = await import("@/lib/db");
    const { getResultScope } = await import("@/lib/results/get-result-scope");
    const scope = { searchId, model: BENCH_MODEL };
    // A running search is always counted live; a stopped, fully predicted one is pre-aggregated after its first view.
    const running = { ...scope, keyword: "steam deck", status: "classifying" as const };
    const stopped = { ...running, status: "done" as const };
    const deep = await listResultItems({ ...scope, filter: {}, limit: 50 * 100 });
    const deepCursor = decodeItemsCursor(deep.nextCursor!)!;
    const subreddit = { subreddit: "sub3" };
    const labelAndDates = { label: "positive" as const, from: new Date("2025-09-01"), before: new Date("2025-12-01") };

    const cases: Array<[string, () => Promise<unknown>]> = [
      ["search + current model lookup (every request)", () => getResultScope({ searchId })],
      ["summary, no filter, counted live (running search, or first view)", () => getSearchSummary({ scope: running, filter: {} })],
      ["summary, no filter, stopped search (pre-aggregated)", () => getSearchSummary({ scope: stopped, filter: {} })],
      ["summary, one subreddit, live", () => getSearchSummary({ scope: running, filter: subreddit })],
      ["summary, one subreddit, stopped search", () => getSearchSummary({ scope: stopped, filter: subreddit })],
      ["summary, label + 90 days, live", () => getSearchSummary({ scope: running, filter: labelAndDates })],
      ["summary, corrected only (always live)", () => getSearchSummary({ scope: stopped, filter: { corrected: true } })],
      ["items, first page (50)", () => listResultItems({ ...scope, filter: {}, limit: 50 })],
      ["items, page 101 (cursor)", () => listResultItems({ ...scope, filter: {}, cursor: deepCursor, limit: 50 })],
      ["items, label + subreddit", () => listResultItems({ ...scope, filter: { label: "negative", subreddit: "sub7" }, limit: 50 })],
      ["items, corrected only", () => listResultItems({ ...scope, filter: { corrected: true }, limit: 50 })],
      ["items, text search", () => listResultItems({ ...scope, filter: { q: "post 4242" }, limit: 50 })],
    ];
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
    console.log(`\n${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores, Node ${process.version}, load average ${load}`);
    console.log(`| query (${COUNT.toLocaleString("en")} items in the search) | p50 | p95 |\n|---|---|---|`);
    for (const [name, run] of cases) {
      const times = await time(run);
      console.log(`| ${name} | ${times.p50.toFixed(1)} ms | ${times.p95.toFixed(1)} ms |`);
    }
    await benchCompletionCheck(searchId);
    await benchExport(scope);
    await prisma.$disconnect();
    const { getSharedTcpConnection } = await import("@/lib/redis/tcp-connection");
    await getSharedTcpConnection().quit();
  } finally {
    await dropDatabase(URL_);
  }
}

async function time(run: () => Promise<unknown>) {
  for (let k = 0; k < 3; k++) await run(); // warm: plan cache, buffers, JIT
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * The classification step's completion check on the 100k-hit search, per batch of 100: the counting it replaced
 * (two COUNT joins over every hit, as the old code ran them) against marking the batch and one index lookup.
 */
async function benchCompletionCheck(searchId: string) {
  const { prisma } = await import("@/lib/db");
  const { completeSearchIfDone } = await import("@/lib/searches/search-lifecycle");
  const hits = await prisma.searchHit.findMany({ where: { searchId }, select: { itemId: true }, orderBy: { itemId: "asc" } });
  let batch = 0;
  const nextBatch = () => hits.slice(100 * batch, 100 * ++batch).map((hit) => hit.itemId);
  const recount = () =>
    Promise.all([
      prisma.searchHit.count({ where: { searchId, item: { predictions: { some: {} } } } }),
      prisma.searchHit.count({ where: { searchId, item: { predictions: { none: {} } } } }),
    ]);
  console.log(`\n| completion check after a batch of 100 (${COUNT.toLocaleString("en")} hits) | p50 | p95 |\n|---|---|---|`);
  const before = await time(recount);
  console.log(`| before: recount every hit (two COUNT joins) | ${before.p50.toFixed(1)} ms | ${before.p95.toFixed(1)} ms |`);
  const after = await time(() => completeSearchIfDone({ searchId, itemIds: nextBatch() }));
  console.log(`| now: mark the batch's hits + counter, one index lookup | ${after.p50.toFixed(1)} ms | ${after.p95.toFixed(1)} ms |`);
}

/** The whole search as CSV and JSONL, read as a client would; peak RSS sampled every 20 ms. */
async function benchExport(scope: { searchId: string; model: typeof BENCH_MODEL }) {
  const { exportResultItems } = await import("@/lib/results/export-result-items");
  console.log("\n| export of the whole search | rows | MB | time | rows/s | RSS before → peak |\n|---|---|---|---|---|---|");
  for (const format of ["csv", "jsonl"] as const) {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    let bytes = 0;
    let lines = 0;
    const reader = exportResultItems({ scope: { ...scope, keyword: "steam deck", status: "done" }, filter: {}, format }).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 10) lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    // CSV: a header line, and bodies hold no line breaks here, so lines − 1 = rows.
    const rows = format === "csv" ? lines - 1 : lines;
    console.log(`| ${format} | ${rows.toLocaleString("en")} | ${mb(bytes)} | ${seconds.toFixed(2)} s | ${Math.round(rows / seconds).toLocaleString("en")} | ${mb(before)} → ${mb(peak)} MB |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
