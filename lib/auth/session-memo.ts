import { createHash } from "node:crypto";

// A few seconds of memory of whom a set of session cookies belongs to, for API reads only. better-auth's cookie
// cache already spares those the database, but still verifies two HMACs and runs its endpoint pipeline, about 1 ms
// of CPU per request: the most expensive part of a cached GET. Entries live at most `ttlMs` (never longer than the
// cookie cache itself allows) and the map is bounded, so memory stays flat under any number of clients.

type Entry<T> = { value: T; expiresAt: number };

export function createSessionMemo<T>(options: { ttlMs: number; maxEntries?: number }) {
  const entries = new Map<string, Entry<T>>();
  const maxEntries = options.maxEntries ?? 10_000;
  // Keys are digests of the cookie header: the map never holds session tokens themselves.
  const keyOf = (cookieHeader: string) => createHash("sha256").update(cookieHeader).digest("base64url");

  return {
    get(cookieHeader: string): T | undefined {
      const key = keyOf(cookieHeader);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > Date.now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(cookieHeader: string, value: T): void {
      if (options.ttlMs <= 0) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!); // the oldest
      entries.set(keyOf(cookieHeader), { value, expiresAt: Date.now() + options.ttlMs });
    },
  };
}
