import { prisma } from "@/lib/db";
import { isRole } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/schemas/user";

export async function listUsers(): Promise<UserSummary[]> {
  const users = await prisma.user.findMany({ orderBy: { createdAt: "asc" } });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: isRole(user.role) ? user.role : "annotator",
    disabled: user.banned === true,
    createdAt: user.createdAt.toISOString(),
  }));
}
