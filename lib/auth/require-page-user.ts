import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth/get-session-user";
import { hasRole, type Role } from "@/lib/auth/roles";

/** For server pages: the signed-in user, or a redirect to sign-in; the 403 page when the role may not see it. */
export async function requirePageUser(options: { roles?: readonly Role[]; path: string }): Promise<SessionUser> {
  const user = await getSessionUser(await headers());
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(options.path)}`);
  if (options.roles && !hasRole(user.role, options.roles)) forbidden();
  return user;
}
