import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { acquireLock, extendLock, getLockOwner, releaseLock } from "@/lib/redis/lock";
import { redis } from "@/lib/redis/client";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";

describe("redis lock", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("lets exactly one of many concurrent callers win", async () => {
    const name = `race-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 50 }, () => acquireLock({ name, ttlMs: 10_000 })));
    const winners = results.filter((lock) => lock !== null);
    expect(winners).toHaveLength(1);
    expect(await getLockOwner(name)).toBe(winners[0]!.token);
  });

  it("releases only for the owner", async () => {
    const name = `owner-${randomUUID()}`;
    const lock = (await acquireLock({ name, ttlMs: 10_000 }))!;
    expect(await releaseLock({ ...lock, token: "somebody-else" })).toBe(false);
    expect(await getLockOwner(name)).toBe(lock.token);
    expect(await releaseLock(lock)).toBe(true);
    expect(await getLockOwner(name)).toBeNull();
    expect(await acquireLock({ name, ttlMs: 10_000 })).not.toBeNull();
  });

  it("extends only for the owner", async () => {
    const name = `extend-${randomUUID()}`;
    const lock = (await acquireLock({ name, ttlMs: 1_000, token: "search-1" }))!;
    expect(lock.token).toBe("search-1");
    expect(await extendLock({ ...lock, token: "other" }, 60_000)).toBe(false);
    expect(await redis.pttl(lock.key)).toBeLessThanOrEqual(1_000);
    expect(await extendLock(lock, 60_000)).toBe(true);
    expect(await redis.pttl(lock.key)).toBeGreaterThan(50_000);
  });

  it("expires on its own", async () => {
    const name = `expire-${randomUUID()}`;
    await acquireLock({ name, ttlMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await acquireLock({ name, ttlMs: 1_000 })).not.toBeNull();
  });
});
