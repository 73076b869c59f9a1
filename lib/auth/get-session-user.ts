import { auth } from "@/lib/auth/auth";
import { isRole, type Role } from "@/lib/auth/roles";
import { createSessionMemo } from "@/lib/auth/session-memo";
import { env } from "@/lib/env";

export type SessionUser = { id: string; email: string; name: string; role: Role };

const SESSION_MEMO_MS = Math.min(env.SESSION_COOKIE_CACHE_S, 5) * 1000;
const globalForMemo = globalThis as unknown as { postmoodSessionMemo?: ReturnType<typeof createSessionMemo<SessionUser>> };
const memo = (globalForMemo.postmoodSessionMemo ??= createSessionMemo<SessionUser>({ ttlMs: SESSION_MEMO_MS }));

/** The signed-in, enabled user behind a request's cookies, or null.
 * By default the database is asked and the cookie is never refreshed (no side effects: pages cannot set cookies).
 * `cached` (API reads only): the signed session cookie cache may answer (up to SESSION_COOKIE_CACHE_S old, so a
 * disabled user may still read that long), and better-auth may renew that cache cookie on the response; the same
 * cookies seen in the last few seconds are answered from memory. */
export async function getSessionUser(headers: Headers, options: { cached?: boolean } = {}): Promise<SessionUser | null> {
  const cookies = headers.get("cookie");
  const remembered = options.cached && cookies ? memo.get(cookies) : undefined;
  if (remembered) return remembered;
  const query = options.cached ? {} : { disableRefresh: true, disableCookieCache: true };
  const session = await auth.api.getSession({ headers, query });
  const user = session?.user;
  if (!user || user.banned || !isRole(user.role)) return null;
  const sessionUser: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role };
  if (options.cached && cookies) memo.set(cookies, sessionUser);
  return sessionUser;
}
