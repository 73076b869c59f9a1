import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { cachedJson, getCachedJson, setCachedJson } from "@/lib/redis/cache";
import { redis, redisKey } from "@/lib/redis/client";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";

describe("json cache", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("stores with a TTL and reads back the same JSON", async () => {
    const name = `c-${randomUUID()}`;
    await setCachedJson(name, { label: "positive", share: 0.5 }, 30);
    expect(await getCachedJson(name)).toEqual({ label: "positive", share: 0.5 });
    const ttl = await redis.ttl(redisKey("cache", name));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });

  it("computes once while the value is fresh", async () => {
    const name = `c-${randomUUID()}`;
    let calls = 0;
    const compute = async () => ({ calls: ++calls });
    expect(await cachedJson(name, 30, compute)).toEqual({ calls: 1 });
    expect(await cachedJson(name, 30, compute)).toEqual({ calls: 1 });
    expect(calls).toBe(1);
  });

  it("does not cache when the TTL is zero", async () => {
    const name = `c-${randomUUID()}`;
    await setCachedJson(name, 1, 0);
    expect(await getCachedJson(name)).toBeNull();
  });
});
