import { redis } from "@/lib/redis/client";
import { claimKey } from "@/lib/annotation/claim-keys";

/** Who holds each item's claim now (annotator id), or null when nobody does; in the given order. */
export async function getClaimOwners(itemIds: string[]): Promise<(string | null)[]> {
  if (itemIds.length === 0) return [];
  return redis.mget<(string | null)[]>(...itemIds.map(claimKey));
}
