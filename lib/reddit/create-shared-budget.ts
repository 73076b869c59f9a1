import { randomUUID } from "node:crypto";
import { redis, redisKey } from "@/lib/redis/client";
import { RedisUnavailableError } from "@/lib/redis/redis-unavailable-error";

const WINDOW_MS = 60_000;

// The start times of the requests of the last minute, in a sorted set: drop the ones that left the window, and
// either admit this request (0) or answer how long until the oldest leaves it. Atomic, so any number of workers on
// any number of machines can share it. The window is (now - 60 s, now].
const RESERVE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now
`;

// A per-client-id request budget in Redis, shared by every worker process and machine: at most `perMinute`
// requests start in any 60 seconds, a sliding window (a per-clock-minute counter let a burst at the end of one
// minute and another at the start of the next through: 154 in 60 s at 100/min). Reddit allows 100 requests per
// minute per OAuth client, so with the default budget the client never exceeds it however many workers run.
export function createSharedBudget(options: { perMinute: number }) {
  return async function reserve({ key, now }: { key: string; now: number }): Promise<number> {
    try {
      const wait = await redis.eval<[number, number, number, string], number>(RESERVE, [redisKey("reddit-budget", key)], [now, WINDOW_MS, options.perMinute, `${now}:${randomUUID()}`]);
      return Math.max(0, Number(wait));
    } catch (error) {
      throw new RedisUnavailableError({ cause: error });
    }
  };
}
