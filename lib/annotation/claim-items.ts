import { redis } from "@/lib/redis/client";
import { annotatorClaimsKey, claimKey, defaultClaimTtlMs } from "@/lib/annotation/claim-keys";

// Per item: SET NX PX when free, renew when it is already the caller's, leave it when someone else holds it. One
// script for the batch: one round trip, and each key's check-and-set is atomic.
const CLAIM = `
local taken = {}
local owner = ARGV[1]
local ttl = ARGV[2]
local n = #KEYS - 1
for i = 1, n do
  if redis.call("set", KEYS[i], owner, "NX", "PX", ttl) then
    taken[i] = 1
  elseif redis.call("get", KEYS[i]) == owner then
    redis.call("pexpire", KEYS[i], ttl)
    taken[i] = 1
  else
    taken[i] = 0
  end
end
redis.call("pexpire", KEYS[n + 1], ttl)
return taken`;

/** Tries to claim each item for the annotator; returns the ids now held by them, in the given order. */
export async function claimItems(options: { annotatorId: string; itemIds: string[]; ttlMs?: number }): Promise<string[]> {
  if (options.itemIds.length === 0) return [];
  const ttlMs = options.ttlMs ?? defaultClaimTtlMs();
  const setKey = annotatorClaimsKey(options.annotatorId);
  // The index set must exist before the script sets its expiry.
  await redis.sadd(setKey, options.itemIds[0]!, ...options.itemIds.slice(1));
  const taken = await redis.eval<string[], number[]>(
    CLAIM,
    [...options.itemIds.map(claimKey), setKey],
    [options.annotatorId, String(ttlMs)],
  );
  const mine = options.itemIds.filter((_, i) => taken[i] === 1);
  const lost = options.itemIds.filter((_, i) => taken[i] !== 1);
  if (lost.length > 0) await redis.srem(setKey, lost[0]!, ...lost.slice(1));
  return mine;
}
