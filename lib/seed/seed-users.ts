import { prisma } from "@/lib/db";
import type { CreateUserBody } from "@/lib/schemas/user";
import { createUser } from "@/lib/users/create-user";

/** Creates the accounts that do not exist yet; existing ones (matched by email) are left as they are. */
export async function seedUsers(accounts: CreateUserBody[]): Promise<{ created: string[]; existing: string[] }> {
  const created: string[] = [];
  const existing: string[] = [];
  for (const account of accounts) {
    const found = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (found) existing.push(account.email);
    else {
      await createUser(account);
      created.push(account.email);
    }
  }
  return { created, existing };
}
