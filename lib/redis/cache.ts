import { redis, redisKey } from "@/lib/redis/client";

// A JSON cache with a TTL. Values go through the Upstash client's (de)serialization, the same on REST and TCP.

export async function getCachedJson<T>(name: string): Promise<T | null> {
  return redis.get<T>(redisKey("cache", name));
}

export async function setCachedJson<T>(name: string, value: T, ttlSeconds: number): Promise<void> {
  if (ttlSeconds <= 0) return;
  await redis.set(redisKey("cache", name), value, { ex: ttlSeconds });
}

export async function deleteCachedJson(name: string): Promise<void> {
  await redis.del(redisKey("cache", name));
}

/** Returns the cached value, or computes, stores and returns it. `null` results are not cached. */
export async function cachedJson<T>(name: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> {
  const hit = await getCachedJson<T>(name);
  if (hit !== null) return hit;
  const value = await compute();
  if (value !== null) await setCachedJson(name, value, ttlSeconds);
  return value;
}
