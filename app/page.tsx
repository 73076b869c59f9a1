import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { ROLE_HOME } from "@/lib/auth/roles";

// "/" sends each role to its home, and everyone else to sign-in.
export default async function HomePage() {
  const user = await getSessionUser(await headers());
  redirect(user ? ROLE_HOME[user.role] : "/sign-in");
}
