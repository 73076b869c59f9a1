// How long to wait before the next request of one client id, from the last rate-limit headers seen.
// Remaining ≤ 0: sleep until the window resets. Few left: spread them evenly over the rest of the window (as
// prawcore does) so a burst can't hit zero and collect 429s. Unknown state (no headers yet): go.
export type RateLimitState = { remaining: number | null; resetAt: number | null };

export function computeRateLimitWait(options: { state: RateLimitState; now: number; paceBelow?: number; maxPaceMs?: number }): number {
  const { state, now, paceBelow = 10, maxPaceMs = 10_000 } = options;
  if (state.remaining === null || state.resetAt === null) return 0;
  const untilReset = state.resetAt - now;
  if (untilReset <= 0) return 0;
  if (state.remaining <= 0) return Math.ceil(untilReset);
  if (state.remaining < paceBelow) return Math.min(Math.ceil(untilReset / state.remaining), maxPaceMs);
  return 0;
}
