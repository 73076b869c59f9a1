import { afterEach, describe, expect, it } from "vitest";
import { createTestClient } from "@/lib/fake-reddit/create-test-client";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import type { FakeOptions, FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { createHttpContext, type WaitNotice } from "@/lib/reddit/http-context";
import { requestJson } from "@/lib/reddit/request-json";

// Transport, rate-limit and fault cases of EDGE_CASES.md (4–12), against the fake Reddit on 127.0.0.1.
const corpus = generateCorpus({ postsPerKeyword: 60 });
const started: FakeReddit[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.close()));
});

async function setup(fake: Omit<FakeOptions, "clock" | "corpus"> = {}) {
  const t = await createTestClient({ fake: { corpus, ...fake } });
  started.push(t.fake);
  const get = (path = "/search?q=rust&limit=5&raw_json=1") => requestJson({ ctx: t.ctx, auth: t.auth, url: `${t.fake.url}${path}` });
  return { ...t, get };
}

describe("rate limits (cases 5, 6, 7)", () => {
  it("paces the last requests of a window and sleeps until reset at zero, never drawing a 429", async () => {
    const t = await setup({ rateLimit: { max: 3, windowSeconds: 600 } });
    for (let i = 0; i < 5; i += 1) await t.get();
    // Clock starts 7 s into a 10-minute window: 593 s left. Remaining 2 and 1 are paced (capped at 10 s); at 0
    // the client sleeps exactly until the reset the server announced (593 - 20 = 573 s); the new window starts
    // with 2 left after request 4, so request 5 is paced again.
    expect(t.clock.sleeps).toEqual([10_000, 10_000, 573_000, 10_000]);
    expect(t.ctx.stats.rateLimitWaits).toBe(1);
    expect(t.logOf("/search").map((l) => l.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it("reads float remaining headers ('997.0') and survives responses without them", async () => {
    const t = await setup({ scenario: { name: "float-ratelimit-headers" }, rateLimit: { max: 3, windowSeconds: 600 } });
    await t.get();
    expect(t.ctx.limiterStates.get(t.ctx.limiterKey)?.remaining).toBe(2);
    t.fake.setScenario({ name: "no-ratelimit-headers" });
    await t.get(); // no headers: the local count goes on (2 → 1 reserved)
    await t.get();
    expect(t.ctx.limiterStates.get(t.ctx.limiterKey)?.remaining).toBe(0);
    await t.get(); // locally at zero: waits for the last known reset instead of hammering
    expect(t.ctx.stats.rateLimitWaits).toBe(1);
    expect(t.logOf("/search").every((l) => l.status === 200)).toBe(true);
  });

  it("waits Retry-After on a 429 with an HTML body", async () => {
    const t = await setup({ scenario: { name: "too-many-requests", retryAfter: 2 } });
    await t.get();
    expect(t.clock.sleeps).toEqual([2000]);
    expect(t.ctx.stats.rateLimitWaits).toBe(1);
    expect(t.logOf("/search").map((l) => l.status)).toEqual([429, 200]);
  });

  it("waits for the window reset on a 429 without Retry-After, and gives up after bounded waits", async () => {
    const t = await setup({ scenario: { name: "too-many-requests", retryAfter: null } });
    await t.get();
    expect(t.clock.sleeps).toEqual([593_000]);
    t.fake.setScenario({ name: "too-many-requests", retryAfter: 1, times: 99 });
    await expect(t.get()).rejects.toMatchObject({ code: "rate-limited" });
    expect(t.logOf("/search").filter((l) => l.status === 429)).toHaveLength(1 + 6);
  });
});

describe("Arctic Shift's epoch resets and silent 429s (issue 11.3)", () => {
  const arctic = (t: Awaited<ReturnType<typeof setup>>, waits: WaitNotice[] = []) => {
    const ctx = createHttpContext({ userAgent: t.ctx.userAgent, limiterKey: `arctic-${Math.random()}`, sleep: t.clock.sleep, now: t.clock.now, random: () => 0.5 });
    ctx.waitListeners.add((wait) => waits.push(wait));
    return { ctx, get: () => requestJson({ ctx, url: `${t.fake.url}/api/posts/search?query=rust&limit=5` }) };
  };

  it("reads an epoch-second X-RateLimit-Reset on a 429 as the moment to retry, not seconds to wait", async () => {
    const t = await setup({ scenario: { name: "too-many-requests", retryAfter: null, reset: "epoch" } });
    const waits: WaitNotice[] = [];
    await arctic(t, waits).get();
    expect(t.clock.sleeps).toHaveLength(1);
    expect(t.clock.sleeps[0]).toBeGreaterThan(29_000);
    expect(t.clock.sleeps[0]).toBeLessThanOrEqual(31_000);
    expect(waits).toEqual([expect.objectContaining({ ms: t.clock.sleeps[0], reason: "rate-limited (429)", path: "/api/posts/search" })]);
  });

  it("paces by epoch-second resets on ordinary answers instead of refusing a wait of decades", async () => {
    const t = await setup({ scenario: { name: "epoch-ratelimit-headers" }, rateLimit: { max: 3, windowSeconds: 60 } });
    const a = arctic(t);
    for (let i = 0; i < 5; i += 1) await a.get();
    expect(t.clock.sleeps.length).toBeGreaterThan(0);
    expect(Math.max(...t.clock.sleeps)).toBeLessThanOrEqual(60_000);
    expect(t.logOf("/api/posts/search").every((l) => l.status === 200)).toBe(true);
  });

  it("backs off briefly on a 429 with neither Retry-After nor a reset header, and says so", async () => {
    const t = await setup({ scenario: { name: "too-many-requests", retryAfter: null, reset: "none", times: 2 } });
    const waits: WaitNotice[] = [];
    t.ctx.waitListeners.add((wait) => waits.push(wait));
    await t.get();
    expect(t.clock.sleeps).toEqual([1500, 3000]); // 2 s then 4 s ceilings, equal jitter at random 0.5
    expect(waits.map((w) => w.reason)).toEqual(["rate-limited (429)", "rate-limited (429)"]);
  });
});

describe("server faults (cases 8, 9, 10)", () => {
  it.each([500, 502, 503, 504, 520, 522])("retries %i with jittered backoff, whatever the body", async (status) => {
    const t = await setup();
    for (const body of ["empty", "json", "html"] as const) {
      t.fake.setScenario({ name: "server-error", status, body, times: 2 });
      await expect(t.get()).resolves.toMatchObject({ kind: "Listing" });
    }
    expect(t.clock.sleeps).toEqual([750, 1500, 750, 1500, 750, 1500]);
  });

  it("fails clearly after the bounded retries", async () => {
    const t = await setup({ scenario: { name: "server-error", status: 503, body: "html", times: 99 } });
    await expect(t.get()).rejects.toMatchObject({ code: "server-error", status: 503, message: expect.stringMatching(/503.*HTML: 503 Server Error.*gave up after 5 attempts/) });
    expect(t.clock.sleeps).toEqual([750, 1500, 3000, 6000]);
  });

  it("retries a connection reset before headers and a body cut off after them", async () => {
    const t = await setup({ scenario: { name: "connection-reset", times: 2 } });
    await expect(t.get()).resolves.toMatchObject({ kind: "Listing" });
    t.fake.setScenario({ name: "body-cut", times: 1 });
    await expect(t.get()).resolves.toMatchObject({ kind: "Listing" });
    expect(t.ctx.stats.retries).toBe(3);
    t.fake.setScenario({ name: "connection-reset", times: 99 });
    await expect(t.get()).rejects.toMatchObject({ code: "network" });
  });

  it("retries a 200 whose body is '{' or an HTML page, then fails clearly", async () => {
    const t = await setup({ scenario: { name: "bad-json", body: "brace" } });
    await expect(t.get()).resolves.toMatchObject({ kind: "Listing" });
    t.fake.setScenario({ name: "bad-json", body: "html", times: 99 });
    await expect(t.get()).rejects.toMatchObject({ code: "bad-body", message: expect.stringContaining("HTML: reddit") });
  });
});

describe("redirects and refusals (cases 4, 11, 12)", () => {
  it("never follows redirects: unknown subreddit and URL-like query become clear errors", async () => {
    const t = await setup();
    await expect(t.get("/r/doesnotexist123/search?q=rust&restrict_sr=1")).rejects.toMatchObject({ code: "subreddit-not-found", status: 302 });
    await expect(t.get(`/search?q=${encodeURIComponent("https://example.com/post")}`)).rejects.toMatchObject({ code: "query-redirect" });
    expect(t.fake.state.log.some((l) => l.path.startsWith("/subreddits") || l.path.startsWith("/submit"))).toBe(false);
  });

  it.each([
    ["secretclub", "private", 403],
    ["quarantinedstuff", "gated", 403],
    ["bannedsub", "banned", 404],
  ])("r/%s: %s", async (sub, code, status) => {
    const t = await setup();
    await expect(t.get(`/r/${sub}/search?q=rust&restrict_sr=1`)).rejects.toMatchObject({ code, status });
  });

  it("sends the configured User-Agent; a generic one is refused with a clear error", async () => {
    const t = await setup();
    await t.get();
    expect(t.logOf("/search")[0]?.userAgent).toBe("test:postmood-tests:0.1.0 (by /u/postmood-dev)");
    const nodeCtx = createHttpContext({ userAgent: "node", limiterKey: "node-ua", sleep: t.clock.sleep, now: t.clock.now });
    await expect(requestJson({ ctx: nodeCtx, auth: t.auth, url: `${t.fake.url}/search?q=rust` })).rejects.toMatchObject({ code: "user-agent-refused" });
  });
});
