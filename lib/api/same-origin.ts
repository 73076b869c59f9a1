import { allowedOriginsFor, defaultOriginPolicy, parseOrigin, type OriginPolicy } from "@/lib/api/trusted-origins";

// CSRF defence for state-changing API calls (on top of SameSite=Lax cookies): the browser's Origin header must be
// one the app trusts (lib/api/trusted-origins.ts). Browsers always send Origin on cross-site POST/PATCH/DELETE, so a
// forged request cannot pass. A request with no Origin and no cookie (curl, server-to-server with a bearer) is not a
// CSRF vector. "null", a malformed Origin or another scheme is simply not ours: refused, never an error.
export function isSameOrigin(request: Request, policy: OriginPolicy = defaultOriginPolicy): boolean {
  const header = request.headers.get("origin");
  if (header === null) return !request.headers.get("cookie");
  const origin = parseOrigin(header);
  return origin !== null && allowedOriginsFor(request, policy).includes(origin);
}
