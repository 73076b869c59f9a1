import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

// better-auth's own CSRF check on sign-in uses the same origins as the API (lib/api/trusted-origins.ts): APP_URL
// and TRUSTED_ORIGINS always; the origin the request was addressed to (the app opened by the machine's IP) only
// when TRUST_REQUEST_HOST is on. lib/env.ts reads the environment once, so each case loads the modules afresh.
async function signInByIp(origin: string) {
  const [{ auth }, { createUser }] = await Promise.all([import("@/lib/auth/auth"), import("@/lib/users/create-user")]);
  const email = `origin-${randomUUID().slice(0, 8)}@test.postmood.local`;
  await createUser({ email, name: "Origin", password: "origin-password", role: "analyst" });
  const response = await auth.handler(
    new Request("http://192.0.2.7:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { host: "192.0.2.7:3000", origin, "content-type": "application/json" },
      body: JSON.stringify({ email, password: "origin-password" }),
    }),
  );
  return response.status;
}

describe("sign-in origin check", () => {
  it("by default trusts only APP_URL's origin: a request's own Host proves nothing", async () => {
    vi.resetModules();
    delete process.env.TRUST_REQUEST_HOST;
    expect(await signInByIp("http://192.0.2.7:3000")).toBe(403);
    expect(await signInByIp(new URL(process.env.APP_URL ?? "http://localhost:3000").origin)).toBe(200);
  });

  it("with TRUST_REQUEST_HOST, accepts the request's own origin (scheme and port included) and refuses others", async () => {
    vi.resetModules();
    process.env.TRUST_REQUEST_HOST = "true";
    try {
      expect(await signInByIp("http://192.0.2.7:3000")).toBe(200);
      expect(await signInByIp("https://192.0.2.7:3000")).toBe(403);
      expect(await signInByIp("http://evil.example")).toBe(403);
      expect(await signInByIp("null")).toBe(403);
    } finally {
      delete process.env.TRUST_REQUEST_HOST;
    }
  });
});
