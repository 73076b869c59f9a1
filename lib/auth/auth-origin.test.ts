import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auth } from "@/lib/auth/auth";
import { createUser } from "@/lib/users/create-user";

// better-auth's own CSRF check on sign-in: same-origin posts pass whatever name the app was opened by; other
// origins are refused.
describe("sign-in origin check", () => {
  it("accepts the request's own origin and refuses a foreign one", async () => {
    const email = `origin-${randomUUID().slice(0, 8)}@test.postmood.local`;
    await createUser({ email, name: "Origin", password: "origin-password", role: "analyst" });
    const signIn = (origin: string) =>
      auth.handler(
        new Request("http://192.0.2.7:3000/api/auth/sign-in/email", {
          method: "POST",
          headers: { host: "192.0.2.7:3000", origin, "content-type": "application/json" },
          body: JSON.stringify({ email, password: "origin-password" }),
        }),
      );
    expect((await signIn("http://192.0.2.7:3000")).status).toBe(200);
    expect((await signIn("http://evil.example")).status).toBe(403);
  });
});
