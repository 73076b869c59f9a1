import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { getClientAddress } from "@/lib/api/client-address";
import { limitSignIn } from "@/lib/auth/limit-sign-in";

function signInRequest(options: { email: string; forwardedFor?: string; path?: string }) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.forwardedFor) headers["x-forwarded-for"] = options.forwardedFor;
  return new Request(`${env.APP_URL}${options.path ?? "/api/auth/sign-in/email"}`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: options.email, password: "guess" }),
  });
}

const randomEmail = () => `victim-${randomUUID().slice(0, 8)}@test.postmood.local`;
const randomIp = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

describe("sign-in rate limit", () => {
  it(`without a trusted proxy: ${env.AUTH_RATE_LIMIT_MAX} attempts per account, whatever X-Forwarded-For says, then 429 with Retry-After`, async () => {
    expect(env.TRUST_PROXY_HOPS).toBe(0);
    const email = randomEmail();
    for (let i = 0; i < env.AUTH_RATE_LIMIT_MAX; i++) {
      expect(await limitSignIn(signInRequest({ email, forwardedFor: randomIp() }))).toBeNull();
    }
    const refused = await limitSignIn(signInRequest({ email: ` ${email.toUpperCase()} `, forwardedFor: randomIp() }));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused!.json()).error.code).toBe("rate_limited");
    // another account and other auth endpoints are not affected
    expect(await limitSignIn(signInRequest({ email: randomEmail() }))).toBeNull();
    expect(await limitSignIn(signInRequest({ email, path: "/api/auth/sign-out" }))).toBeNull();
  });

  it("leaves the body readable for better-auth", async () => {
    const request = signInRequest({ email: randomEmail() });
    await limitSignIn(request);
    expect(await request.json()).toMatchObject({ password: "guess" });
  });
});

describe("POST /api/auth/*", () => {
  it("answers 413 to a body over MAX_BODY_BYTES before better-auth parses it", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const huge = JSON.stringify({ email: randomEmail(), password: "x".repeat(1024 * 1024) });
    const response = await POST(
      new Request(`${env.APP_URL}/api/auth/sign-in/email`, { method: "POST", headers: { origin: env.APP_URL, "content-type": "application/json" }, body: huge }),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });
});

describe("getClientAddress", () => {
  const headers = (forwardedFor: string, realIp?: string) =>
    new Headers({ "x-forwarded-for": forwardedFor, ...(realIp ? { "x-real-ip": realIp } : {}) });

  it("believes no header unless proxies are configured", () => {
    expect(getClientAddress(headers("198.51.100.1"), 0)).toBeNull();
    expect(getClientAddress(new Headers({ "x-real-ip": "198.51.100.1" }), 0)).toBeNull();
  });

  it("takes the address the trusted proxies saw, not what the client prepended", () => {
    expect(getClientAddress(headers("6.6.6.6, 198.51.100.1"), 1)).toBe("198.51.100.1");
    expect(getClientAddress(headers("6.6.6.6, 198.51.100.1, 10.0.0.2"), 2)).toBe("198.51.100.1");
    expect(getClientAddress(headers("198.51.100.1"), 3)).toBe("198.51.100.1");
    expect(getClientAddress(new Headers({ "x-real-ip": "198.51.100.9" }), 1)).toBe("198.51.100.9");
  });
});
