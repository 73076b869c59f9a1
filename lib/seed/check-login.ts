import { verifyPassword } from "better-auth/crypto";
import { prisma } from "@/lib/db";

/** Whether `password` is the current password of the account with `email` (so the setup output never lies). */
export async function checkLogin(options: { email: string; password: string }): Promise<boolean> {
  const account = await prisma.account.findFirst({
    where: { providerId: "credential", user: { email: options.email } },
    select: { password: true },
  });
  if (!account?.password) return false;
  return verifyPassword({ hash: account.password, password: options.password });
}
