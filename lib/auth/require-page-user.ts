import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { SessionUser } from "@/lib/auth/get-session-user";
import { getPageUser } from "@/lib/auth/get-page-user";
import { hasRole, type Role } from "@/lib/auth/roles";

/** For server pages: the signed-in user, or a redirect to sign-in; the 403 page when the role may not see it. */
export async function requirePageUser(options: { roles?: readonly Role[]; path: string }): Promise<SessionUser> {
  const user = await getPageUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(options.path)}`);
  if (options.roles && !hasRole(user.role, options.roles)) forbidden();
  return user;
}
