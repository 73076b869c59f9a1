import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/redis/rate-limit";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";

describe("rate limiter (@upstash/ratelimit on the TCP requester)", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("allows `max` requests per window and refuses the rest, per identifier", async () => {
    const limit = createRateLimiter({ name: `t-${randomUUID()}`, max: 3, windowSeconds: 60 });
    const first = [];
    for (let i = 0; i < 5; i++) first.push((await limit("ip-1")).success);
    expect(first).toEqual([true, true, true, false, false]);
    expect((await limit("ip-2")).success).toBe(true);
    const refused = await limit("ip-1");
    expect(refused.remaining).toBe(0);
    expect(refused.reset).toBeGreaterThan(Date.now());
  });
});
