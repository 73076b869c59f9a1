// x-ratelimit-remaining arrives as "995" or "997.0"; -reset is seconds until the window ends. Cached responses
// carry none of them: null then, and the caller keeps its own count.
export type RateLimitHeaders = { remaining: number; used: number | null; resetSeconds: number };

export function parseRateLimitHeaders(options: { headers: Headers }): RateLimitHeaders | null {
  const remaining = Number.parseFloat(options.headers.get("x-ratelimit-remaining") ?? "");
  const resetSeconds = Number.parseFloat(options.headers.get("x-ratelimit-reset") ?? "");
  if (!Number.isFinite(remaining) || !Number.isFinite(resetSeconds)) return null;
  const used = Number.parseFloat(options.headers.get("x-ratelimit-used") ?? "");
  return { remaining, used: Number.isFinite(used) ? used : null, resetSeconds };
}
