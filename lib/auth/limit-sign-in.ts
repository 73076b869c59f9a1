import { env } from "@/lib/env";
import { errorResponse } from "@/lib/api/errors";
import { createRateLimiter, retryAfterSeconds } from "@/lib/redis/rate-limit";
import { getClientAddress } from "@/lib/api/client-address";

const limit = createRateLimiter({
  name: "sign-in",
  max: env.AUTH_RATE_LIMIT_MAX,
  windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_S,
});

/** A 429 response when this client has tried to sign in too often, otherwise null. Other auth calls pass.
 * Attempts count per client address when a trusted proxy reports it (TRUST_PROXY_HOPS), otherwise per account
 * asked for: an address the client wrote itself would give every guess a fresh allowance. */
export async function limitSignIn(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return null;
  const key = getClientAddress(request.headers) ?? `account:${await readEmail(request)}`;
  const result = await limit(key);
  if (result.success) return null;
  const retryAfter = retryAfterSeconds(result);
  return errorResponse(429, "rate_limited", `Too many sign-in attempts. Try again in ${retryAfter} s.`, {
    "Retry-After": String(retryAfter),
  });
}

// The body stays readable for better-auth (a clone is read). A body with no usable email shares one bucket.
async function readEmail(request: Request): Promise<string> {
  const body: unknown = await request.clone().json().catch(() => null);
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}
