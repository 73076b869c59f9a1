import { Ratelimit } from "@upstash/ratelimit";
import { moduleLogger } from "@/lib/logger";
import { redis, redisKey } from "@/lib/redis/client";

// Sliding-window rate limiting by @upstash/ratelimit on the shared Upstash client (REST or TCP).
// When Redis cannot be reached the limiter lets the request through (logged): a limiter outage must not become an
// outage of sign-in or the API; /api/health reports Redis down meanwhile.

const log = moduleLogger("rate-limit");

export type RateLimitResult = { success: boolean; limit: number; remaining: number; reset: number };

/** Whole seconds until a refused caller may try again (at least 1), for messages and Retry-After. */
export function retryAfterSeconds(result: RateLimitResult): number {
  return Math.max(1, Math.ceil((result.reset - Date.now()) / 1000));
}

export function createRateLimiter(options: { name: string; max: number; windowSeconds: number }) {
  const limiter = new Ratelimit({
    redis,
    prefix: redisKey("ratelimit", options.name),
    limiter: Ratelimit.slidingWindow(options.max, `${options.windowSeconds} s`),
    analytics: false,
  });
  return async function limit(identifier: string): Promise<RateLimitResult> {
    try {
      const { success, limit, remaining, reset } = await limiter.limit(identifier);
      return { success, limit, remaining, reset };
    } catch (error) {
      log.warn({ err: error, limiter: options.name }, "rate limiter unavailable; letting the request through");
      return { success: true, limit: options.max, remaining: options.max, reset: Date.now() };
    }
  };
}
