import type { RateLimitState } from "@/lib/reddit/compute-rate-limit-wait";
import { sleep as realSleep } from "@/lib/reddit/sleep";
import type { RequestStats, Sleep } from "@/lib/reddit/types";

// A wait about to start (rate limit, retry backoff), for progress displays; the request logs it too.
export type WaitNotice = { ms: number; reason: string; path: string; until: number; ended: boolean }; // ended: set when over
export type WaitListener = (wait: WaitNotice) => void;

// Everything a request needs besides its URL. Clock, sleep, randomness and fetch are injectable so tests can run
// minutes of rate-limit waits instantly while the wait computation stays the real one.
export type HttpContext = {
  userAgent: string;
  limiterKey: string; // rate limits are per OAuth client id
  limiterStates: Map<string, RateLimitState>;
  fetch: typeof fetch;
  sleep: Sleep;
  now: () => number;
  random: () => number;
  stats: RequestStats;
  maxRetries: number; // 5xx, socket errors, unreadable bodies
  maxRateLimitRetries: number; // 429s
  fallback429Ms: number; // longest backoff for a 429 without Retry-After or reset header
  waitListeners: Set<WaitListener>; // told before every wait, so a long one is never silent
  requestTimeoutMs: number; // per attempt, headers and body
  maxBodyBytes: number; // larger answers are refused unread
  maxWaitMs: number; // a rate-limit wait longer than this ends the run with a clear error
  signal?: AbortSignal;
  // Optional budget shared by every process using the same client id (lib/reddit/create-shared-budget.ts): returns
  // 0 when a request may go now, else how many ms to wait. Headers alone cannot stop two workers on two machines
  // from spending the same remaining requests between two responses.
  sharedBudget?: (options: { key: string; now: number }) => Promise<number>;
};

// Shared by every source in the process, so two searches with one client id never exceed its budget together.
const processLimiterStates = new Map<string, RateLimitState>();

export function createHttpContext(options: Partial<HttpContext> & { userAgent: string; limiterKey: string }): HttpContext {
  return {
    limiterStates: processLimiterStates,
    fetch: globalThis.fetch,
    sleep: realSleep,
    now: Date.now,
    random: Math.random,
    stats: { requests: 0, rateLimitWaits: 0, retries: 0, waitedMs: 0 },
    waitListeners: new Set(),
    maxRetries: 4,
    maxRateLimitRetries: 5,
    fallback429Ms: 60_000,
    requestTimeoutMs: 30_000,
    maxBodyBytes: 64 * 1024 * 1024,
    maxWaitMs: 15 * 60_000,
    ...options,
  };
}

/** What each client id has left in its current rate-limit window, for the headroom metric. */
export function readRateLimitStates(): Map<string, RateLimitState> {
  return processLimiterStates;
}

/** A source's `onWait`: subscribe to the waits of its requests; returns the unsubscribe function. */
export function watchWaits(ctx: HttpContext): (listener: WaitListener) => () => void {
  return (listener) => {
    ctx.waitListeners.add(listener);
    return () => ctx.waitListeners.delete(listener);
  };
}
