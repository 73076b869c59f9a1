import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { redis, redisKey } from "@/lib/redis/client";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";

// The Upstash client over the TCP requester, against the real local Redis.
describe("@upstash/redis over TCP", () => {
  const key = (name: string) => redisKey("test", randomUUID(), name);
  afterAll(() => getSharedTcpConnection().quit());

  it("round-trips JSON values with emoji and non-Latin text", async () => {
    const k = key("json");
    const value = { text: "I love it 😍👍🏽 — Привет, 你好", n: 3, nested: [1, null, "x"] };
    await redis.set(k, value);
    expect(await redis.get(k)).toEqual(value);
  });

  it("answers SET NX like the REST API (OK, then null)", async () => {
    const k = key("nx");
    expect(await redis.set(k, "a", { nx: true, px: 5_000 })).toBe("OK");
    expect(await redis.set(k, "b", { nx: true, px: 5_000 })).toBeNull();
    expect(await redis.get(k)).toBe("a");
    const ttl = await redis.pttl(k);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });

  it("returns nil as null and hashes as objects", async () => {
    expect(await redis.get(key("missing"))).toBeNull();
    const k = key("hash");
    await redis.hset(k, { a: 1, b: "two" });
    expect(await redis.hgetall(k)).toEqual({ a: 1, b: "two" });
  });

  it("runs pipelines and transactions", async () => {
    const k = key("counter");
    const pipe = redis.pipeline();
    pipe.incr(k);
    pipe.incrby(k, 4);
    pipe.get(k);
    expect(await pipe.exec()).toEqual([1, 5, 5]);
    const tx = redis.multi();
    tx.set(k, "x");
    tx.get(k);
    expect(await tx.exec()).toEqual(["OK", "x"]);
  });

  it("reports command errors as errors", async () => {
    const k = key("string");
    await redis.set(k, "text");
    await expect(redis.incr(k)).rejects.toThrow(/not an integer/);
  });

  it("runs Lua scripts, including ones with a shebang line", async () => {
    const k = key("lua");
    expect(await redis.eval(`return redis.call("set", KEYS[1], ARGV[1])`, [k], ["v"])).toBe("OK");
    expect(await redis.eval(`#!lua flags=allow-key-locking\nreturn redis.call("get", KEYS[1])`, [k], [])).toBe("v");
  });
});
