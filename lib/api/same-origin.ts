import { trustedOrigins } from "@/lib/auth/auth";

// CSRF defence for state-changing API calls (on top of SameSite=Lax cookies): the browser's Origin header must be
// the app's own. Browsers always send Origin on cross-site POST/PATCH/DELETE, so a forged request cannot pass.
// A request with no Origin and no cookie (curl, server-to-server with a bearer) is not a CSRF vector.
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return !request.headers.get("cookie");
  if (trustedOrigins.includes(origin)) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return host !== null && new URL(origin).host === host;
}
