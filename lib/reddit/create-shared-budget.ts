import { redis, redisKey } from "@/lib/redis/client";

const WINDOW_MS = 60_000;

// A per-client-id request budget in Redis, shared by every worker process and machine: at most `perMinute`
// requests start in any clock minute. Reddit allows 100 requests per minute per OAuth client (averaged over 10
// minutes), so with the default budget the client never exceeds it however many workers run. The count is taken
// atomically (INCR) before each request; a request over budget waits for the next minute.
export function createSharedBudget(options: { perMinute: number }) {
  return async function reserve({ key, now }: { key: string; now: number }): Promise<number> {
    const window = Math.floor(now / WINDOW_MS);
    const counter = redisKey("reddit-budget", key, String(window));
    const [used] = await redis.multi().incr(counter).pexpire(counter, 2 * WINDOW_MS).exec<[number, number]>();
    return used <= options.perMinute ? 0 : (window + 1) * WINDOW_MS - now;
  };
}
