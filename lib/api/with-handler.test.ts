import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/api/errors";
import { withHandler } from "@/lib/api/with-handler";
import { env } from "@/lib/env";
import { metrics } from "@/lib/metrics/registry";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";

const origin = new URL(env.APP_URL).origin;
const noParams = { params: Promise.resolve({}) };

function post(body: string, headers: Record<string, string> = {}) {
  return new Request(`${origin}/api/test`, {
    method: "POST",
    headers: { origin, "content-type": "application/json", ...headers },
    body,
  });
}

describe("withHandler", () => {
  let analyst: TestAccount;
  beforeAll(async () => {
    analyst = await createSignedInUser("analyst");
  });

  const echo = withHandler(
    { route: "/api/test", access: ["analyst"], body: z.object({ keyword: z.string().min(2), limit: z.number().int().max(1000) }) },
    async ({ body, user }) => ({ body, user: user.email }),
  );

  it("passes parsed input and the user to the handler", async () => {
    const response = await echo(post(JSON.stringify({ keyword: "rust", limit: 5 }), { cookie: analyst.cookie }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ body: { keyword: "rust", limit: 5 }, user: analyst.email });
    expect(response.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
  });

  it("answers invalid JSON with 400", async () => {
    const response = await echo(post("{not json", { cookie: analyst.cookie }), noParams);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalid_json", message: "The request body is not valid JSON." } });
  });

  it("answers failed validation with 422 and the field errors", async () => {
    const response = await echo(post(JSON.stringify({ keyword: "r", limit: 5000 }), { cookie: analyst.cookie }), noParams);
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields).sort()).toEqual(["keyword", "limit"]);
  });

  it("parses path parameters with the route's schema: 422 names the bad segment", async () => {
    const byVersion = withHandler(
      { route: "/api/test/[version]", access: "public", params: z.object({ version: z.coerce.number().int().positive() }) },
      async ({ params }) => ({ next: params.version + 1 }),
    );
    const call = (version: string) => byVersion(new Request(`${origin}/api/test/${version}`), { params: Promise.resolve({ version }) });
    expect(await (await call("41")).json()).toEqual({ next: 42 });
    const bad = await call("latest");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["version"]);
  });

  it("refuses a cross-site state-changing request with the victim's cookie", async () => {
    const forged = post(JSON.stringify({ keyword: "rust", limit: 5 }), { cookie: analyst.cookie, origin: "https://evil.example" });
    const response = await echo(forged, noParams);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("csrf_rejected");
    const noOrigin = new Request(`${origin}/api/test`, { method: "POST", headers: { cookie: analyst.cookie }, body: "{}" });
    expect((await echo(noOrigin, noParams)).status).toBe(403);
  });

  it("refuses Origin: null and a malformed Origin with 403, never 500", async () => {
    for (const bad of ["null", "http://[::1", "https://localhost:abc"]) {
      const response = await echo(post(JSON.stringify({ keyword: "rust", limit: 5 }), { cookie: analyst.cookie, origin: bad, host: new URL(origin).host }), noParams);
      expect(response.status, bad).toBe(403);
      expect((await response.json()).error.code, bad).toBe("csrf_rejected");
    }
  });

  it("answers 413 to a body over MAX_BODY_BYTES, by its Content-Length or while streaming it", async () => {
    const big = JSON.stringify({ keyword: "x".repeat(env.MAX_BODY_BYTES), limit: 5 });
    const declared = await echo(post(big, { cookie: analyst.cookie }), noParams);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatchObject({ code: "payload_too_large", maxBytes: env.MAX_BODY_BYTES });

    // 10 MB offered in 16 KB chunks with no Content-Length: reading stops just past the cap.
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 10 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = new Request(`${origin}/api/test`, {
      method: "POST",
      headers: { origin, cookie: analyst.cookie, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await echo(streamed, noParams)).status).toBe(413);
    expect(pulled).toBeLessThan(env.MAX_BODY_BYTES + 4 * chunk.byteLength);
  });

  it("answers 422 naming the field when a body or query string carries a NUL character", async () => {
    const response = await echo(post(JSON.stringify({ keyword: "ru\u0000st", limit: 5 }), { cookie: analyst.cookie }), noParams);
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "validation_failed", fields: { keyword: [expect.stringMatching(/NUL/)] } });

    const listed = withHandler({ route: "/api/test", access: ["analyst"], query: z.object({ q: z.string().optional() }) }, async ({ query }) => query);
    const queried = await listed(new Request(`${origin}/api/test?q=a%00b`, { headers: { cookie: analyst.cookie } }), noParams);
    expect(queried.status).toBe(422);
    expect((await queried.json()).error.fields).toHaveProperty("q");
  });

  it("answers 404, not 500, to a path id carrying a NUL, a control character or a stray %", async () => {
    const lookup = withHandler({ route: "/api/test/[id]", access: ["analyst"] }, async ({ params }) => {
      throw new Error(`the handler must not see ${JSON.stringify(params.id)}`);
    });
    for (const id of ["\u0000", "abc\u0000", "%ZZ", "a%", "\n"]) {
      const response = await lookup(new Request(`${origin}/api/test/x`, { headers: { cookie: analyst.cookie } }), { params: Promise.resolve({ id }) });
      expect(response.status, JSON.stringify(id)).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });

  it("lets a machine caller in with the route's bearer token, and no one with a wrong or empty one", async () => {
    const token = "t".repeat(32);
    const scraped = withHandler({ route: "/api/test", access: ["admin"], bearerToken: token }, async ({ user }) => ({ user }));
    const call = (authorization?: string) =>
      scraped(new Request(`${origin}/api/test`, { headers: authorization ? { authorization } : {} }), noParams);
    expect((await call(`Bearer ${token}`)).status).toBe(200);
    expect((await call("Bearer wrong")).status).toBe(401);
    expect((await call()).status).toBe(401);
    const unset = withHandler({ route: "/api/test", access: ["admin"], bearerToken: "" }, async () => ({}));
    expect((await unset(new Request(`${origin}/api/test`, { headers: { authorization: "Bearer " } }), noParams)).status).toBe(401);
  });

  it("maps AppError to its status and hides unknown errors behind a request id", async () => {
    const conflict = withHandler({ route: "/api/test", access: "public" }, async () => {
      throw new AppError(409, "conflict", "Already there.");
    });
    const conflictResponse = await conflict(new Request(`${origin}/api/test`), noParams);
    expect(conflictResponse.status).toBe(409);
    expect(await conflictResponse.json()).toEqual({ error: { code: "conflict", message: "Already there." } });

    const crash = withHandler({ route: "/api/test", access: "public" }, async () => {
      throw new Error("secret database detail at /srv/app/lib/x.ts:12");
    });
    const response = await crash(new Request(`${origin}/api/test`, { headers: { "x-request-id": "req-123" } }), noParams);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret");
    expect(text).not.toContain(".ts:");
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal_error", message: "Something went wrong on our side. Request id: req-123.", requestId: "req-123" },
    });
  });

  it("rate-limits per user when the route asks for it", async () => {
    const limited = withHandler({ route: `/api/limited-${Date.now()}`, access: ["analyst"], rateLimit: { max: 2, windowSeconds: 60 } }, async () => ({ ok: true }));
    const call = (cookie: string) => limited(new Request(`${origin}/api/limited`, { headers: { cookie } }), noParams);
    expect((await call(analyst.cookie)).status).toBe(200);
    expect((await call(analyst.cookie)).status).toBe(200);
    const refused = await call(analyst.cookie);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toMatchObject({ code: "rate_limited", retryAfter: expect.any(Number) });
    const other = await createSignedInUser("analyst");
    expect((await call(other.cookie)).status).toBe(200);
  });

  it("records request duration by route and status", async () => {
    await echo(post("{", { cookie: analyst.cookie }), noParams);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/test"[^}]*status="400"[^}]*\} [1-9]/);
  });
});
