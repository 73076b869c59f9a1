import { Ratelimit } from "@upstash/ratelimit";
import { redis, redisKey } from "@/lib/redis/client";

// Sliding-window rate limiting by @upstash/ratelimit on the shared Upstash client (REST or TCP).

export type RateLimitResult = { success: boolean; limit: number; remaining: number; reset: number };

export function createRateLimiter(options: { name: string; max: number; windowSeconds: number }) {
  const limiter = new Ratelimit({
    redis,
    prefix: redisKey("ratelimit", options.name),
    limiter: Ratelimit.slidingWindow(options.max, `${options.windowSeconds} s`),
    analytics: false,
  });
  return async function limit(identifier: string): Promise<RateLimitResult> {
    const { success, limit, remaining, reset } = await limiter.limit(identifier);
    return { success, limit, remaining, reset };
  };
}
