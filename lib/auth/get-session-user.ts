import { auth } from "@/lib/auth/auth";
import { isRole, type Role } from "@/lib/auth/roles";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in, enabled user behind a request's cookies, or null.
 * By default the database is asked and the cookie is never refreshed (no side effects: pages cannot set cookies).
 * `cached` (API reads only): the signed session cookie cache may answer (up to SESSION_COOKIE_CACHE_S old, so a
 * disabled user may still read that long), and better-auth may renew that cache cookie on the response. */
export async function getSessionUser(headers: Headers, options: { cached?: boolean } = {}): Promise<SessionUser | null> {
  const query = options.cached ? {} : { disableRefresh: true, disableCookieCache: true };
  const session = await auth.api.getSession({ headers, query });
  const user = session?.user;
  if (!user || user.banned || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
