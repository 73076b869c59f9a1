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
