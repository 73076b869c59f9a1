// x-ratelimit-remaining arrives as "995" or "997.0". x-ratelimit-reset is seconds until the window ends on Reddit,
// but an epoch second on Arctic Shift: a value far beyond any sane wait that lies near the clock is read as a moment
// (epoch milliseconds too), anything else unreadable is ignored. Cached responses carry none of them: null then,
// and the caller keeps its own count.
export type RateLimitHeaders = { remaining: number; used: number | null; resetSeconds: number };

const LONGEST_SANE_WAIT_S = 24 * 3600;
const NEAR_NOW_S = 7 * 24 * 3600;

export function parseRateLimitHeaders(options: { headers: Headers; now: number }): RateLimitHeaders | null {
  const remaining = Number.parseFloat(options.headers.get("x-ratelimit-remaining") ?? "");
  const resetSeconds = readResetSeconds({ value: options.headers.get("x-ratelimit-reset"), now: options.now });
  if (!Number.isFinite(remaining) || resetSeconds === null) return null;
  const used = Number.parseFloat(options.headers.get("x-ratelimit-used") ?? "");
  return { remaining, used: Number.isFinite(used) ? used : null, resetSeconds };
}

/** Seconds from `now` until the reset, from either form of the header; null when absent or unreadable. */
export function readResetSeconds(options: { value: string | null; now: number }): number | null {
  const value = Number.parseFloat(options.value ?? "");
  if (!Number.isFinite(value) || value < 0) return null;
  if (value <= LONGEST_SANE_WAIT_S) return value;
  const nowSeconds = options.now / 1000;
  for (const epochSeconds of [value, value / 1000]) {
    if (Math.abs(epochSeconds - nowSeconds) <= NEAR_NOW_S) return Math.max(0, epochSeconds - nowSeconds);
  }
  return null;
}
