import { afterEach, describe, expect, it } from "vitest";
import { createTestClient } from "@/lib/fake-reddit/create-test-client";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import type { FakeOptions, FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { createRedditClient } from "@/lib/reddit/create-reddit-client";
import { requestJson } from "@/lib/reddit/request-json";

// Auth cases of EDGE_CASES.md (1–3), against the fake Reddit.
const corpus = generateCorpus({ postsPerKeyword: 30 });
const started: FakeReddit[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((f) => f.close()));
});

async function setup(fake: Omit<FakeOptions, "clock" | "corpus"> = {}, secret?: string | null) {
  const t = await createTestClient({ fake: { corpus, ...fake }, secret });
  started.push(t.fake);
  const get = () => requestJson({ ctx: t.ctx, auth: t.auth, url: `${t.fake.url}/search?q=rust&limit=2&raw_json=1` });
  const tokenRequests = () => t.logOf("/api/v1/access_token").length;
  return { ...t, get, tokenRequests };
}

describe("application-only OAuth (cases 1, 2)", () => {
  it("caches the token and fetches a new one shortly before it expires (expires_in 3600)", async () => {
    const t = await setup({ tokenExpiresIn: 3600 });
    await t.get();
    await t.clock.sleep(3000 * 1000);
    await t.get();
    expect(t.tokenRequests()).toBe(1);
    await t.clock.sleep(560 * 1000); // 3560 s: inside the 60 s refresh margin
    await t.get();
    expect(t.tokenRequests()).toBe(2);
  });

  it("uses client_credentials with a secret and installed_client with a device id without one", async () => {
    const confidential = await setup();
    await confidential.get();
    const installed = await setup({}, null);
    await installed.get();
    expect(installed.tokenRequests()).toBe(1);
    expect(installed.logOf("/search")[0]?.status).toBe(200);
  });

  it.each(["invalid_grant", "invalid_request"] as const)("turns an HTTP 200 {error: %s} into a clear error", async (error) => {
    const t = await setup({ scenario: { name: "token-error", error } });
    await expect(t.get()).rejects.toMatchObject({ code: "token-error", message: expect.stringContaining(error) });
  });

  it("reports bad client credentials (401 from the token endpoint)", async () => {
    const t = await setup({ clients: { someone_else: "s3cret" } });
    await expect(t.get()).rejects.toMatchObject({ code: "bad-credentials", status: 401 });
  });

  it("rejects a User-Agent that is not in Reddit's format before any request", () => {
    expect(() => createRedditClient({ clientId: "x", clientSecret: "y", userAgent: "node", authBaseUrl: "http://127.0.0.1:1" })).toThrow(/<platform>:<app id>:<version>/);
    expect(() => createRedditClient({ clientId: "", userAgent: "a:b:1 (by /u/c)", authBaseUrl: "http://127.0.0.1:1" })).toThrow(/REDDIT_CLIENT_ID/);
  });
});

describe("token revoked mid-pagination (case 3)", () => {
  it("refreshes once on a 401 and repeats the same request", async () => {
    const t = await setup({ scenario: { name: "revoke-tokens", after: 1 } });
    await t.get();
    await t.get();
    expect(t.tokenRequests()).toBe(2);
    expect(t.logOf("/search").map((l) => l.status)).toEqual([200, 401, 200]);
  });

  it("fails clearly when the fresh token is refused too", async () => {
    const t = await setup({ scenario: { name: "revoke-tokens", times: 2 } });
    await expect(t.get()).rejects.toMatchObject({ code: "unauthorized", status: 401 });
    expect(t.tokenRequests()).toBe(2);
  });
});
