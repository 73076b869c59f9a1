import { env } from "@/lib/env";

/** The caller's address for rate limiting, or null when it cannot be known safely. X-Forwarded-For is read only when
 * TRUST_PROXY_HOPS proxies are configured in front: each appends the address it saw, so the client's is the entry
 * that many places from the end; anything before it was written by the client. Without a trusted proxy, Next.js
 * keeps a client-sent X-Forwarded-For as it is, so no header can be believed. */
export function getClientAddress(headers: Headers, trustedHops: number = env.TRUST_PROXY_HOPS): string | null {
  if (trustedHops <= 0) return null;
  const hops = headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  if (hops.length === 0) return headers.get("x-real-ip")?.trim() || null;
  return hops[Math.max(0, hops.length - trustedHops)]!;
}
