import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { limitSignIn } from "@/lib/auth/limit-sign-in";

function signInRequest(ip: string, path = "/api/auth/sign-in/email") {
  return new Request(`${env.APP_URL}${path}`, { method: "POST", headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } });
}

describe("sign-in rate limit", () => {
  it(`lets ${env.AUTH_RATE_LIMIT_MAX} attempts through per address, then answers 429 with Retry-After`, async () => {
    const ip = `203.0.113.${randomUUID().slice(0, 4)}`;
    for (let i = 0; i < env.AUTH_RATE_LIMIT_MAX; i++) expect(await limitSignIn(signInRequest(ip))).toBeNull();
    const refused = await limitSignIn(signInRequest(ip));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused!.json()).error.code).toBe("rate_limited");
    // another address and other auth endpoints are not affected
    expect(await limitSignIn(signInRequest(`198.51.100.${randomUUID().slice(0, 4)}`))).toBeNull();
    expect(await limitSignIn(signInRequest(ip, "/api/auth/sign-out"))).toBeNull();
  });
});
