import { createHash } from "node:crypto";

// One running search per normalized keyword (the lock), and a cached finished result per keyword + options.

export function searchLockName(normalizedKeyword: string): string {
  return `search:${normalizedKeyword}`;
}

export function searchCacheName(normalizedKeyword: string, options: unknown): string {
  const digest = createHash("sha256").update(stableJson(options)).digest("hex").slice(0, 16);
  return `search:${normalizedKeyword}:${digest}`;
}

/** Whether two searches' options are the same, whatever the key order (PostgreSQL's jsonb reorders keys). */
export function sameSearchOptions(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
