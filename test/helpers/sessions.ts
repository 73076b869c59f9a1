import { randomUUID } from "node:crypto";
import { auth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";
import { createUser } from "@/lib/users/create-user";

// Real accounts and real sessions in the test database, made through the same code the seed script uses.

export type TestAccount = { id: string; email: string; password: string; role: Role; cookie: string };

export async function createSignedInUser(role: Role): Promise<TestAccount> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.postmood.local`;
  const password = `pw-${randomUUID()}`;
  const { id } = await createUser({ email, name: `Test ${role}`, password, role });
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  const setCookie = response.headers.get("set-cookie") ?? "";
  const cookie = setCookie.split(";")[0]!;
  if (!cookie.includes("session_token=")) throw new Error(`sign-in gave no session cookie (${response.status})`);
  return { id, email, password, role, cookie };
}
