// Reddit clamps `limit` above 100 to 100 and falls back to 25 for anything that is not an integer.
export function readLimit(options: { value: string | null; fallback?: number; max?: number }): number {
  const { fallback = 25, max = 100 } = options;
  if (options.value === null || !/^\d+$/.test(options.value)) return fallback;
  return Math.max(1, Math.min(max, Number(options.value)));
}
