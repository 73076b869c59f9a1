import { redis } from "@/lib/redis/client";
import { annotatorClaimsKey, claimKey, defaultClaimTtlMs } from "@/lib/annotation/claim-keys";

// Renews only the claims the annotator still holds; an expired claim somebody else took stays theirs.
const RENEW = `
local kept = {}
local n = #KEYS - 1
for i = 1, n do
  if redis.call("get", KEYS[i]) == ARGV[1] then
    redis.call("pexpire", KEYS[i], ARGV[2])
    kept[i] = 1
  else
    kept[i] = 0
  end
end
redis.call("pexpire", KEYS[n + 1], ARGV[2])
return kept`;

export async function renewClaims(options: { annotatorId: string; itemIds: string[]; ttlMs?: number }) {
  const ttlMs = options.ttlMs ?? defaultClaimTtlMs();
  if (options.itemIds.length === 0) return { mine: [] as string[], lost: [] as string[], ttlMs };
  const kept = await redis.eval<string[], number[]>(
    RENEW,
    [...options.itemIds.map(claimKey), annotatorClaimsKey(options.annotatorId)],
    [options.annotatorId, String(ttlMs)],
  );
  return {
    mine: options.itemIds.filter((_, i) => kept[i] === 1),
    lost: options.itemIds.filter((_, i) => kept[i] !== 1),
    ttlMs,
  };
}
