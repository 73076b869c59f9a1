import { createHash, timingSafeEqual } from "node:crypto";

/** Whether the request carries "Authorization: Bearer <token>" with this token. Compared in constant time (of
 * equal-length digests), so the answer's timing tells nothing about the token. An unset token matches nothing. */
export function hasBearerToken(request: Request, token: string | undefined): boolean {
  const sent = request.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (!token || !sent) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(sent), digest(token));
}
