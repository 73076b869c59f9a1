import { auth } from "@/lib/auth/auth";
import { isRole, type Role } from "@/lib/auth/roles";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in, enabled user behind a request's cookies, or null. Never refreshes the cookie (no side effects). */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers, query: { disableRefresh: true } });
  const user = session?.user;
  if (!user || user.banned || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
