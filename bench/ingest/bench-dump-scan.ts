import { execFileSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CompressStream } from "zstd-napi";
import { createDumpSource } from "@/lib/reddit/create-dump-source";
import { readDumpLineBatches } from "@/lib/reddit/read-dump-lines";
import { makeBenchItems } from "./make-bench-items";

// npm run bench:dump-scan [-- --lines N] — scanning a zstd dump for a rare keyword: lines/s and peak RSS.
// The dump is written with a 2 GiB window declared in its frame header, as Pushshift / Arctic Shift dumps
// (`zstd --long=31`) are. Each figure is measured in a fresh child process so RSS is the scan's own.
const KEYWORD = "benchword";

async function main() {
  const scan = process.argv.indexOf("--scan");
  if (scan >= 0) return measure(process.argv[scan + 1]!, process.argv[scan + 2] as "lines" | "source");
  const count = Number(process.argv[process.argv.indexOf("--lines") + 1] ?? "") || 1_000_000;
  const dir = await mkdtemp(path.join(os.tmpdir(), "postmood-dump-scan-"));
  const file = path.join(dir, "RS_bench.zst");
  try {
    const { bytes, rawBytes } = await writeDump(file, count);
    const runs = (["lines", "source"] as const).map((mode) => {
      const out = execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, "--scan", file, mode], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
      return { mode, ...(JSON.parse(out) as { lines: number; seconds: number; cpuSeconds: number; peakRssMb: number; matched: number }) };
    });
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
    console.log(`\n${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores, Node ${process.version}, load average ${load}`);
    console.log(`dump: ${count.toLocaleString("en")} lines, ${(rawBytes / 1e6).toFixed(0)} MB decompressed, ${(bytes / 1e6).toFixed(1)} MB .zst (2 GiB window declared)`);
    // Other work competes for the same cores: lines per CPU-second is the figure that does not depend on it.
    console.log("| scan | lines | matched | wall time | lines/s (wall) | lines per CPU-second | peak RSS |\n|---|---|---|---|---|---|---|");
    for (const r of runs) {
      const label = r.mode === "lines" ? "decompress + split lines" : `createDumpSource, keyword "${KEYWORD}"`;
      console.log(`| ${label} | ${r.lines.toLocaleString("en")} | ${r.matched.toLocaleString("en")} | ${r.seconds.toFixed(2)} s | ${Math.round(r.lines / r.seconds).toLocaleString("en")} | **${Math.round(r.lines / r.cpuSeconds).toLocaleString("en")}** | ${r.peakRssMb} MB |`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// One in 1,000 lines mentions the keyword: a dump is mostly lines a search does not want.
async function writeDump(file: string, count: number): Promise<{ bytes: number; rawBytes: number }> {
  const base = makeBenchItems({ count: 20_000, keyword: "" });
  let rawBytes = 0;
  async function* lines() {
    for (let i = 0; i < count; i += 1) {
      const item = base[i % base.length]!;
      const field = "title" in item ? "selftext" : "body";
      const text = i % 1000 === 0 ? { [field]: `${String(item[field] ?? "")} ${KEYWORD}`, removed_by_category: null } : {};
      const line = `${JSON.stringify({ ...item, id: `b${i.toString(36)}`, ...text })}\n`;
      rawBytes += Buffer.byteLength(line);
      yield line;
    }
  }
  let patched = false;
  // Declare a 2^31 window in the frame header (byte 5, the window descriptor): decoders must allow it, as for
  // the real dumps; the data itself uses the compressor's default window.
  const declareLongWindow = async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      if (!patched && chunk.length > 5 && ((chunk[4]! >> 5) & 1) === 0) chunk[5] = 21 << 3;
      patched = true;
      yield chunk;
    }
  };
  await pipeline(Readable.from(lines()), new CompressStream({ compressionLevel: 3 }), declareLongWindow, createWriteStream(file));
  return { bytes: (await stat(file)).size, rawBytes };
}

async function measure(file: string, mode: "lines" | "source") {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let lines = 0;
  let matched = 0;
  if (mode === "lines") {
    for await (const batch of readDumpLineBatches({ file })) lines += batch.length;
  } else {
    for await (const page of createDumpSource({ file, keyword: KEYWORD, includeNsfw: true }).pages({})) {
      lines += page.scanned ?? 0;
      matched += page.fetched;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(JSON.stringify({ lines, matched, seconds, cpuSeconds, peakRssMb: Math.round(peak / 1024 / 1024) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
