// Exponential backoff with "equal jitter": half fixed, half random, so retries of many clients spread out but a
// single client still backs off predictably. `random` is injectable for tests.
export function computeRetryDelay(options: { attempt: number; baseMs?: number; maxMs?: number; random?: () => number }): number {
  const { attempt, baseMs = 1000, maxMs = 30_000, random = Math.random } = options;
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
