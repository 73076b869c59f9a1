import { randomUUID } from "node:crypto";
import { redis, redisKey } from "@/lib/redis/client";

// A single-instance Redis lock: SET NX PX with a random owner token. Release and extend only act when the caller
// still owns the lock (compare-and-delete / compare-and-expire in one Lua script), so a holder whose lock expired
// can never free or prolong somebody else's.

export type Lock = { key: string; token: string; ttlMs: number };

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

export async function acquireLock(options: { name: string; ttlMs: number; token?: string }): Promise<Lock | null> {
  const key = redisKey("lock", options.name);
  const token = options.token ?? randomUUID();
  const ok = await redis.set(key, token, { nx: true, px: options.ttlMs });
  return ok === "OK" ? { key, token, ttlMs: options.ttlMs } : null;
}

export async function releaseLock(lock: Lock): Promise<boolean> {
  return (await redis.eval(RELEASE, [lock.key], [lock.token])) === 1;
}

export async function extendLock(lock: Lock, ttlMs = lock.ttlMs): Promise<boolean> {
  return (await redis.eval(EXTEND, [lock.key], [lock.token, String(ttlMs)])) === 1;
}

/** Who holds a lock now (its token), or null. The search API stores the search id as the token. */
export async function getLockOwner(name: string): Promise<string | null> {
  return redis.get<string>(redisKey("lock", name));
}

/** Releases a lock known by name and token only (e.g. the search lock, whose token is the search id). */
export async function releaseNamedLock(options: { name: string; token: string }): Promise<boolean> {
  return releaseLock({ key: redisKey("lock", options.name), token: options.token, ttlMs: 0 });
}

/** Extends a lock known by name and token only. */
export async function extendNamedLock(options: { name: string; token: string; ttlMs: number }): Promise<boolean> {
  return extendLock({ key: redisKey("lock", options.name), token: options.token, ttlMs: options.ttlMs });
}
