import { computeRateLimitWait } from "@/lib/reddit/compute-rate-limit-wait";
import { computeRetryDelay } from "@/lib/reddit/compute-retry-delay";
import { describeHttpFailure } from "@/lib/reddit/describe-http-failure";
import type { HttpContext } from "@/lib/reddit/http-context";
import { parseRateLimitHeaders, readResetSeconds } from "@/lib/reddit/parse-rate-limit-headers";
import { parseRetryAfter } from "@/lib/reddit/parse-retry-after";
import { RedditError } from "@/lib/reddit/reddit-error";
import { moduleLogger } from "@/lib/logger";

export type TokenProvider = { get(): Promise<string>; invalidate(): void };

const RETRYABLE_STATUS = new Set([500, 502, 503, 504, 520, 522]);
const log = moduleLogger("reddit");

// One JSON request with every rule from EDGE_CASES.md: header-driven throttling per client id, 429 waits, bounded
// jittered retries on 5xx / socket errors / unreadable bodies, one token refresh on 401, redirects never followed.
export async function requestJson(options: {
  ctx: HttpContext;
  url: string;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  auth?: TokenProvider;
}): Promise<unknown> {
  const { ctx, url, auth } = options;
  let failures = 0;
  let rateLimited = 0;
  let refreshed = false;
  for (;;) {
    await throttle(ctx, url);
    const headers: Record<string, string> = { "user-agent": ctx.userAgent, accept: "application/json", ...options.headers };
    if (auth) headers.authorization = `bearer ${await auth.get()}`;
    let response: Response;
    let text: string;
    try {
      ctx.stats.requests += 1;
      // A server that accepts the connection and then never answers (or trickles the body) must not stall a job:
      // each attempt, headers and body, gets requestTimeoutMs, then counts as a retryable network error.
      const timeout = AbortSignal.timeout(ctx.requestTimeoutMs);
      const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
      response = await ctx.fetch(url, { method: options.method ?? "GET", headers, body: options.body, redirect: "manual", signal });
      recordRateLimit(ctx, response.headers);
      text = await readCappedText(response, ctx.maxBodyBytes, url);
    } catch (error) {
      if (ctx.signal?.aborted) throw error;
      if (error instanceof RedditError) throw error;
      if (error instanceof Error && error.name === "TimeoutError") {
        const timedOut = new RedditError("network", `No complete answer from ${new URL(url).pathname} within ${ctx.requestTimeoutMs} ms`, { retryable: true, cause: error });
        failures = await backOff(ctx, failures, timedOut, url);
        continue;
      }
      // Connection reset before headers, or body cut off after them (undici: TypeError "terminated").
      failures = await backOff(ctx, failures, new RedditError("network", `Network error on ${new URL(url).pathname}: ${describeCause(error)}`, { retryable: true, cause: error }), url);
      continue;
    }
    const { status } = response;
    if (status === 401 && auth && !refreshed) {
      refreshed = true; // the token expired or was revoked mid-pagination: refresh once, retry the same request
      auth.invalidate();
      continue;
    }
    if (status === 401) {
      // Only the token request (Basic auth) is about REDDIT_CLIENT_ID / SECRET: Arctic Shift takes no credentials.
      const basic = options.headers?.authorization?.startsWith("Basic ") === true;
      const hint = auth ? " even after refreshing the token" : basic ? ": check REDDIT_CLIENT_ID / REDDIT_CLIENT_SECRET" : "";
      throw new RedditError(basic ? "bad-credentials" : "unauthorized", `Unauthorized (401) from ${new URL(url).pathname}${hint}`, { status });
    }
    if (status === 429) {
      rateLimited += 1;
      if (rateLimited > ctx.maxRateLimitRetries) throw new RedditError("rate-limited", `Still rate limited (429) after ${ctx.maxRateLimitRetries} waits`, { status, retryable: true });
      // Retry-After, else the announced reset, else a short backoff: nothing says how long, so guess small.
      const wait =
        parseRetryAfter({ headers: response.headers, now: ctx.now() }) ??
        resetWait(ctx, response.headers) ??
        computeRetryDelay({ attempt: rateLimited - 1, baseMs: 2000, maxMs: ctx.fallback429Ms, random: ctx.random });
      refuseLongWait(ctx, wait);
      ctx.stats.rateLimitWaits += 1;
      await pause(ctx, wait, "rate-limited (429)", url);
      continue;
    }
    if (RETRYABLE_STATUS.has(status)) {
      failures = await backOff(ctx, failures, new RedditError("server-error", `Reddit answered ${status} on ${new URL(url).pathname} (${summarize(text)})`, { status, retryable: true }), url);
      continue;
    }
    if (status === 403 && /user.?agent/i.test(text)) throw new RedditError("user-agent-refused", `User-Agent "${ctx.userAgent}" refused; use "<platform>:<app id>:<version> (by /u/<user>)"`, { status });
    if (status < 200 || status >= 300) throw describeHttpFailure({ url, status, location: response.headers.get("location"), body: text });
    try {
      return JSON.parse(text);
    } catch (error) {
      // A 200 carrying "{" or an HTML page: usually an edge cache hiccup, so retry a bounded number of times.
      failures = await backOff(ctx, failures, new RedditError("bad-body", `Unreadable JSON from ${new URL(url).pathname} (${summarize(text)})`, { status, retryable: true, cause: error }), url);
    }
  }
}

async function throttle(ctx: HttpContext, url: string): Promise<void> {
  await waitForSharedBudget(ctx, url);
  const state = ctx.limiterStates.get(ctx.limiterKey);
  if (!state) return;
  const wait = computeRateLimitWait({ state, now: ctx.now() });
  if (wait > 0) {
    refuseLongWait(ctx, wait);
    const exhausted = state.remaining !== null && state.remaining <= 0;
    if (exhausted) ctx.stats.rateLimitWaits += 1;
    await pause(ctx, wait, exhausted ? "rate limit used up until the window resets" : "pacing the last requests of the rate-limit window", url);
  }
  // Reserve one request locally: concurrent searches sharing the client id see it before any header comes back.
  if (state.remaining !== null) state.remaining = state.resetAt !== null && ctx.now() >= state.resetAt ? null : state.remaining - 1;
}

// Reddit's window is 10 minutes. A server asking for much longer (hours, days) is misbehaving or has shut this
// client out: stop with what was fetched and say why, instead of silently sleeping for hours.
function refuseLongWait(ctx: HttpContext, waitMs: number): void {
  if (waitMs <= ctx.maxWaitMs) return;
  throw new RedditError(
    "rate-limited",
    `Reddit asked to wait ${Math.ceil(waitMs / 1000)} s before the next request, longer than the ${Math.round(ctx.maxWaitMs / 1000)} s this client waits; try again later`,
  );
}

async function waitForSharedBudget(ctx: HttpContext, url: string): Promise<void> {
  if (!ctx.sharedBudget) return;
  for (;;) {
    const wait = await ctx.sharedBudget({ key: ctx.limiterKey, now: ctx.now() });
    if (wait <= 0) return;
    ctx.stats.rateLimitWaits += 1;
    await pause(ctx, wait, "request budget shared by all workers used up", url);
  }
}

function recordRateLimit(ctx: HttpContext, headers: Headers): void {
  const parsed = parseRateLimitHeaders({ headers, now: ctx.now() });
  if (!parsed) return; // cached answers carry no headers: keep the local count
  ctx.limiterStates.set(ctx.limiterKey, { remaining: parsed.remaining, resetAt: ctx.now() + parsed.resetSeconds * 1000 });
}

// A 429 may announce only the window's reset (remaining 0), in either of its forms.
function resetWait(ctx: HttpContext, headers: Headers): number | null {
  const seconds = readResetSeconds({ value: headers.get("x-ratelimit-reset"), now: ctx.now() });
  return seconds === null ? null : seconds * 1000;
}

async function backOff(ctx: HttpContext, failures: number, error: RedditError, url: string): Promise<number> {
  if (failures >= ctx.maxRetries) {
    error.message += ` — gave up after ${failures + 1} attempts`;
    throw error;
  }
  ctx.stats.retries += 1;
  await pause(ctx, computeRetryDelay({ attempt: failures, random: ctx.random }), `retrying: ${error.message}`, url);
  return failures + 1;
}

// Every wait is announced (listeners: progress bars, the search's note) and a noticeable one is logged, so a long
// sleep never looks like a hang.
async function pause(ctx: HttpContext, ms: number, reason: string, url: string): Promise<void> {
  ctx.stats.waitedMs += ms;
  const wait = { ms, reason, path: new URL(url).pathname, until: ctx.now() + ms, ended: false };
  for (const listener of ctx.waitListeners) listener(wait);
  if (ms >= 1000) log.info({ waitMs: ms, reason, path: wait.path, limiterKey: ctx.limiterKey }, "waiting before the next request");
  try {
    await ctx.sleep(ms, ctx.signal);
  } finally {
    wait.ended = true;
  }
}

function summarize(text: string): string {
  if (!text.trim()) return "empty body";
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1];
  return title ? `HTML: ${title}` : text.slice(0, 80).replace(/\s+/g, " ");
}

// Real listing pages are a few MB at most (100 posts × up to ~57k characters); a body past the cap is a broken or
// hostile server, and reading it whole could exhaust memory. Not retryable: the same request gets the same answer.
async function readCappedText(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new RedditError("bad-body", `Answer from ${new URL(url).pathname} exceeds ${Math.round(maxBytes / 1024 / 1024)} MB; refusing to read it`, { status: response.status });
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return "";
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}
