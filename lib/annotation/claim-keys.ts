import { env } from "@/lib/env";
import { redisKey } from "@/lib/redis/client";

// Claims: one Redis key per item holding the annotator's id (SET NX PX), plus one set per annotator listing the items
// they claimed, so closing the screen can release them all without scanning Redis.

export const claimKey = (itemId: string) => redisKey("claim", itemId);
export const annotatorClaimsKey = (annotatorId: string) => redisKey("claims-of", annotatorId);

/** How long a claim lives unless the open screen renews it (ANNOTATION_CLAIM_TTL_MS). */
export const defaultClaimTtlMs = () => env.ANNOTATION_CLAIM_TTL_MS;
