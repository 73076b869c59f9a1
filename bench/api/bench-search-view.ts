import { readFileSync } from "node:fs";
import os from "node:os";
import { seedAccounts } from "@/lib/seed/demo-users";

// npm run bench:api — GET /api/searches/:id, the status every open results screen polls, at BENCH_CONCURRENCY
// (200) concurrent requests for BENCH_SECONDS (15, after 3 s of warm-up) against a running production server
// (BENCH_URL; `next build && npm start` on a seeded database). Signs in as the seeded analyst, starts one small
// search, then polls it from keep-alive connections. Prints req/s and latency percentiles as a Markdown row.
// BENCH_COOKIES=token sends only the session token (as a client whose session cache cookie expired would).
// BENCH_SERVER_PID (Linux): also the server's CPU time per request, read from /proc, which other work on the
// machine does not distort the way it distorts req/s: 1 s of CPU / (CPU ms per request) is what one free core serves.

const BASE = process.env.BENCH_URL ?? "http://localhost:3000";
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = 3;

async function main() {
  const cookie = await signIn();
  const searchId = await startSearch(cookie);
  const url = `${BASE}/api/searches/${searchId}`;
  await hammer(url, cookie, WARMUP_SECONDS);
  const cpuBefore = serverCpuMs();
  const clientBefore = process.cpuUsage();
  const run = await hammer(url, cookie, SECONDS);
  const cpuPerRequest = cpuBefore === null ? null : (serverCpuMs()! - cpuBefore) / run.latencies.length;
  const clientCpu = process.cpuUsage(clientBefore);
  const clientPerRequest = (clientCpu.user + clientCpu.system) / 1000 / run.latencies.length;
  const sorted = run.latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  console.log(`\n${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores, Node ${process.version}, load average ${load}`);
  console.log(`GET ${url.replace(BASE, "")}, ${CONCURRENCY} concurrent, ${SECONDS} s, cookies: ${process.env.BENCH_COOKIES ?? "all"}`);
  console.log("| requests | non-200 | req/s | p50 | p90 | p99 | max | server CPU / request | req/s per free core | bench client CPU / request |\n|---|---|---|---|---|---|---|---|---|---|");
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const cpu = cpuPerRequest === null ? "– | –" : `${cpuPerRequest.toFixed(2)} ms | ${Math.round(1000 / cpuPerRequest).toLocaleString("en")}`;
  console.log(
    `| ${sorted.length.toLocaleString("en")} | ${run.failures} | **${Math.round(sorted.length / SECONDS).toLocaleString("en")}** | ${ms(pct(50))} | ${ms(pct(90))} | **${ms(pct(99))}** | ${ms(sorted.at(-1) ?? NaN)} | ${cpu} | ${clientPerRequest.toFixed(2)} ms |`,
  );
}

async function signIn(): Promise<string> {
  const analyst = seedAccounts().find((a) => a.role === "analyst");
  if (!analyst) throw new Error("No seeded analyst: run the seed with SEED_DEMO_USERS=true.");
  const response = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { origin: new URL(BASE).origin, "content-type": "application/json" },
    body: JSON.stringify({ email: analyst.email, password: analyst.password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const kept = process.env.BENCH_COOKIES === "token" ? cookies.filter((c) => c.includes("session_token")) : cookies;
  return kept.join("; ");
}

async function startSearch(cookie: string): Promise<string> {
  const response = await fetch(`${BASE}/api/searches`, {
    method: "POST",
    headers: { origin: new URL(BASE).origin, cookie, "content-type": "application/json" },
    body: JSON.stringify({ keyword: `bench view ${Date.now()}`, limit: 20 }),
  });
  if (!response.ok) throw new Error(`starting the search failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { searchId: string }).searchId;
}

/** User + system CPU time of the server process so far (ms), from /proc; null without BENCH_SERVER_PID. */
function serverCpuMs(): number | null {
  const pid = process.env.BENCH_SERVER_PID;
  if (!pid) return null;
  // Fields 14 and 15 of /proc/<pid>/stat (after the ")" closing the command name): utime and stime in clock ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** CONCURRENCY loops, each sending its next request when the last one has answered, for `seconds`. */
async function hammer(url: string, cookie: string, seconds: number) {
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie } }).catch(() => null);
        await response?.arrayBuffer();
        if (response?.status !== 200) failures++;
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { latencies, failures };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
