import { env } from "@/lib/env";
import { errorResponse } from "@/lib/api/errors";
import { createRateLimiter, retryAfterSeconds } from "@/lib/redis/rate-limit";
import { getClientAddress } from "@/lib/api/client-address";

const limit = createRateLimiter({
  name: "sign-in",
  max: env.AUTH_RATE_LIMIT_MAX,
  windowSeconds: env.AUTH_RATE_LIMIT_WINDOW_S,
});

/** A 429 response when this client has tried to sign in too often, otherwise null. Other auth calls pass. */
export async function limitSignIn(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return null;
  const result = await limit(getClientAddress(request.headers));
  if (result.success) return null;
  const retryAfter = retryAfterSeconds(result);
  return errorResponse(429, "rate_limited", `Too many sign-in attempts. Try again in ${retryAfter} s.`, {
    "Retry-After": String(retryAfter),
  });
}
