// Retry-After is seconds ("2") or an HTTP date. Returns milliseconds, or null when absent/unreadable.
export function parseRetryAfter(options: { headers: Headers; now: number }): number | null {
  const value = options.headers.get("retry-after");
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - options.now);
}
