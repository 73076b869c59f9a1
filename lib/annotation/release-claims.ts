import { redis } from "@/lib/redis/client";
import { annotatorClaimsKey, claimKey } from "@/lib/annotation/claim-keys";

// Compare-and-delete per item: a claim that expired and went to somebody else is never freed by its old holder.
const RELEASE = `
local released = 0
for i = 1, #KEYS do
  if redis.call("get", KEYS[i]) == ARGV[1] then
    released = released + redis.call("del", KEYS[i])
  end
end
return released`;

/** Releases the given items' claims if the annotator holds them; without itemIds, every claim they hold. */
export async function releaseClaims(options: { annotatorId: string; itemIds?: string[] }): Promise<number> {
  const setKey = annotatorClaimsKey(options.annotatorId);
  const itemIds = options.itemIds ?? (await redis.smembers<string[]>(setKey)).map(String);
  if (itemIds.length === 0) return 0;
  const released = await redis.eval<string[], number>(RELEASE, itemIds.map(claimKey), [options.annotatorId]);
  if (options.itemIds) await redis.srem(setKey, itemIds[0]!, ...itemIds.slice(1));
  else await redis.del(setKey);
  return released;
}
