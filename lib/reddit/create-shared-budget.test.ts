import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTestClient } from "@/lib/fake-reddit/create-test-client";
import { createHttpContext } from "@/lib/reddit/http-context";
import { createSharedBudget } from "@/lib/reddit/create-shared-budget";
import { requestJson } from "@/lib/reddit/request-json";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";

// The cross-process request budget, on the real Redis: independent callers (as worker processes would be) with the
// same client id share one budget per rolling minute.
describe("shared Reddit request budget", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("lets `perMinute` requests start in any 60 s across callers, then says how long until the oldest leaves", async () => {
    const key = `reddit:${randomUUID()}`;
    const workerA = createSharedBudget({ perMinute: 3 });
    const workerB = createSharedBudget({ perMinute: 3 });
    const start = 29_000_000 * 60_000 + 15_000;
    expect(await workerA({ key, now: start })).toBe(0);
    expect(await workerB({ key, now: start + 10_000 })).toBe(0);
    expect(await workerA({ key, now: start + 20_000 })).toBe(0);
    expect(await workerB({ key, now: start + 30_000 })).toBe(30_000); // until the first one is 60 s old
    expect(await workerB({ key, now: start + 60_000 })).toBe(0);
    expect(await workerA({ key, now: start + 60_000 })).toBe(10_000);
    expect(await workerA({ key: `reddit:${randomUUID()}`, now: start })).toBe(0); // other client ids have their own budget
  });

  it("never lets more than the budget start in any rolling 60 s, even across a minute boundary (issue 11.8)", async () => {
    const key = `reddit:${randomUUID()}`;
    const perMinute = 20;
    const workers = [createSharedBudget({ perMinute }), createSharedBudget({ perMinute }), createSharedBudget({ perMinute })];
    const minute = 29_000_001 * 60_000;
    // Three workers hammer from 10 s before a clock minute ends until 70 s later, one attempt every 100 ms.
    const started: number[] = [];
    for (let t = minute - 10_000, i = 0; t < minute + 70_000; t += 100, i += 1) {
      if ((await workers[i % workers.length]!({ key, now: t })) === 0) started.push(t);
    }
    const busiest = Math.max(...started.map((s) => started.filter((t) => t >= s && t < s + 60_000).length));
    expect(busiest).toBe(perMinute);
    expect(started.length).toBe(2 * perMinute); // and it does not starve: a fresh window opens 60 s after the first
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
