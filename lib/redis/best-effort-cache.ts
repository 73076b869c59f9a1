import { moduleLogger } from "@/lib/logger";
import { getCachedJson, setCachedJson } from "@/lib/redis/cache";

// The JSON cache for callers that can always compute the answer themselves: a Redis failure is a miss, logged once,
// never an error. lib/redis/cache.ts keeps throwing, as its other callers expect: starting a search decides itself
// that a failed read is a miss, and finishing one (lib/searches/search-lifecycle.ts) lets a failed write fail its
// job step. Once Redis has failed, this cache stops asking it for the rest of its life (one request): every further
// command would wait for the same failure and log it again.

const log = moduleLogger("redis");

export type BestEffortCache = {
  get<T>(name: string): Promise<T | null>;
  set<T>(name: string, value: T, ttlSeconds: number): Promise<void>;
};

export function createBestEffortCache(options: { purpose: string }): BestEffortCache {
  let unavailable = false;

  async function attempt<T>(name: string, command: () => Promise<T>, fallback: T): Promise<T> {
    if (unavailable) return fallback;
    try {
      return await command();
    } catch (error) {
      unavailable = true;
      log.warn({ err: error, purpose: options.purpose, name }, "cache unavailable; computing without it");
      return fallback;
    }
  }

  return {
    get: <T>(name: string) => attempt(name, () => getCachedJson<T>(name), null),
    set: (name, value, ttlSeconds) => attempt(name, () => setCachedJson(name, value, ttlSeconds), undefined),
  };
}
