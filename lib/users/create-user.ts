import { AppError } from "@/lib/api/errors";
import { auth } from "@/lib/auth/auth";
import { prisma } from "@/lib/db";
import type { CreateUserBody } from "@/lib/schemas/user";

/** Creates a user with a credential account (better-auth hashes the password). Used by the admin API and the seed. */
export async function createUser(input: CreateUserBody): Promise<{ id: string }> {
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError(409, "conflict", `A user with the email ${input.email} already exists.`);
  }
  // Called without request headers, better-auth's admin endpoint runs as the server itself (our wrapper did the auth).
  // Its types only know the plugin's default roles; ours are plain strings to it, checked by our schema.
  const { user } = await auth.api.createUser({
    body: { email: input.email, name: input.name, password: input.password, role: input.role as "user" },
  });
  return { id: user.id };
}
