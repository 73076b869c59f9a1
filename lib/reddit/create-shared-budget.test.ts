import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTestClient } from "@/lib/fake-reddit/create-test-client";
import { createHttpContext } from "@/lib/reddit/http-context";
import { createSharedBudget } from "@/lib/reddit/create-shared-budget";
import { requestJson } from "@/lib/reddit/request-json";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";

// The cross-process request budget, on the real Redis: two independent clients (as two worker processes would be)
// with the same client id share one per-minute budget.
describe("shared Reddit request budget", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("lets `perMinute` requests start per clock minute across callers, then says how long to wait", async () => {
    const key = `reddit:${randomUUID()}`;
    const workerA = createSharedBudget({ perMinute: 3 });
    const workerB = createSharedBudget({ perMinute: 3 });
    const minute = 29_000_000 * 60_000; // a clock minute far from now, so this test owns its window
    const now = minute + 15_000;
    expect(await workerA({ key, now })).toBe(0);
    expect(await workerB({ key, now })).toBe(0);
    expect(await workerA({ key, now })).toBe(0);
    expect(await workerB({ key, now })).toBe(45_000); // the 4th waits for the next minute
    expect(await workerB({ key, now: minute + 60_000 })).toBe(0);
    expect(await workerA({ key: `reddit:${randomUUID()}`, now })).toBe(0); // other client ids have their own budget
  });

  it("makes two clients with one client id wait instead of exceeding the budget together", async () => {
    const t = await createTestClient();
    const sharedBudget = createSharedBudget({ perMinute: 2 });
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      await t.clock.sleep(ms);
    };
    // Same limiter key, separate contexts: as two processes, they share nothing but Redis.
    const key = `reddit:${randomUUID()}`;
    const ctxA = createHttpContext({ userAgent: t.ctx.userAgent, limiterKey: key, limiterStates: new Map(), now: t.clock.now, sleep, sharedBudget });
    const ctxB = createHttpContext({ userAgent: t.ctx.userAgent, limiterKey: key, limiterStates: new Map(), now: t.clock.now, sleep, sharedBudget });
    const get = (ctx: typeof ctxA) => requestJson({ ctx, auth: t.auth, url: `${t.fake.url}/search?q=rust&limit=5&raw_json=1` });
    await get(ctxA);
    await get(ctxB);
    expect(waits).toEqual([]);
    await get(ctxA);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(60_000);
    expect(ctxA.stats.rateLimitWaits).toBe(1);
    await t.fake.close();
  });
});
