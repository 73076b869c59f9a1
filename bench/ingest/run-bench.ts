import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Compressor } from "zstd-napi";
import { createPrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { ingestSearch } from "@/lib/ingest/ingest-search";
import { createDumpSource } from "@/lib/reddit/create-dump-source";
import { normalizePage } from "@/lib/reddit/normalize-page";
import type { ItemSource } from "@/lib/reddit/types";
import { dropDatabase, recreateDatabase } from "../bench-database";
import { makeBenchItems } from "./make-bench-items";

// npm run bench:ingest — items/s through normalize + store (ingestSearch: zod validation, entity decoding, text
// normalization, sha256, batched upserts, hits, counters and cursor per page) into a scratch database that is
// created, migrated and dropped here. Second figure: the same from a .zst dump (adds decompression + JSON.parse).
const COUNT = 50_000;
const KEYWORD = "benchword";

async function main() {
  const url = env.DATABASE_URL.replace(/\/[^/?]+(\?|$)/, "/postmood_bench_ingest$1");
  await recreateDatabase(url);
  const db = createPrismaClient(url);
  const items = makeBenchItems({ count: COUNT, keyword: KEYWORD });
  // The dump run gets its own ids, so both runs measure fresh inserts rather than updates of known rows.
  const dumpItems = makeBenchItems({ count: COUNT, keyword: KEYWORD, firstId: "3000000" });
  const dir = await mkdtemp(path.join(os.tmpdir(), "postmood-bench-"));
  const file = path.join(dir, "RS_bench.zst");
  await writeFile(file, new Compressor().compress(Buffer.from(dumpItems.map((i) => JSON.stringify(i)).join("\n"))));
  try {
    const memory = await timeRun(db, "reddit", memorySource(items, 1000));
    const dump = await timeRun(db, "dump", createDumpSource({ file, keyword: KEYWORD, includeNsfw: false, pageSize: 1000 }));
    const line = (label: string, r: Awaited<ReturnType<typeof timeRun>>) =>
      `| ${label} | ${COUNT.toLocaleString("en")} | ${r.stored.toLocaleString("en")} | ${r.seconds.toFixed(2)} s | **${Math.round(COUNT / r.seconds).toLocaleString("en")} items/s** |`;
    // Other work on the machine competes for the same two cores: report the load next to the figures.
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
    console.log(`\n${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, local PostgreSQL, load average ${load}`);
    console.log("| pipeline | raw items | stored | time | throughput |\n|---|---|---|---|---|");
    console.log(line("parsed objects → normalize → store", memory));
    console.log(line(".zst dump → decompress → parse → normalize → store", dump));
  } finally {
    await db.$disconnect();
    await rm(dir, { recursive: true, force: true });
    await dropDatabase(url);
  }
}

async function timeRun(db: ReturnType<typeof createPrismaClient>, source: "reddit" | "dump", itemSource: ItemSource) {
  const search = await db.search.create({ data: { keyword: KEYWORD, normalizedKeyword: KEYWORD, source } });
  const started = performance.now();
  const result = await ingestSearch({ searchId: search.id, source: itemSource, db });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, stored: result.stored, skipped: result.skipped };
}

// Already-parsed API items in pages of `size`: what a network source hands over, minus the network.
function memorySource(items: Record<string, unknown>[], size: number): ItemSource {
  const stats = { requests: 0, rateLimitWaits: 0, retries: 0, waitedMs: 0 };
  async function* pages() {
    for (let i = 0; i < items.length; i += size) {
      const page = normalizePage({ things: items.slice(i, i + size).map((raw) => ({ raw })), source: "reddit" });
      const last = i + size >= items.length;
      yield { ...page, cursor: { offset: i + size }, ...(last ? { stopReason: "exhausted" as const } : {}) };
    }
  }
  return { name: "reddit", stats, pages };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
