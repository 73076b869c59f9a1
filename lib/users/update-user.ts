import { AppError, notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { UpdateUserBody } from "@/lib/schemas/user";

/** Changes a user's role and/or disables them. Disabling also ends their sessions. Admins cannot lock themselves out. */
export async function updateUser(options: { id: string; actorId: string; changes: UpdateUserBody }): Promise<void> {
  const { id, actorId, changes } = options;
  if (id === actorId && (changes.disabled === true || (changes.role && changes.role !== "admin"))) {
    throw new AppError(409, "conflict", "You cannot disable yourself or remove your own admin role.");
  }
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true } });
  if (!user) throw notFound("User");
  await prisma.$transaction([
    prisma.user.update({
      where: { id },
      data: {
        ...(changes.role ? { role: changes.role } : {}),
        ...(changes.disabled === undefined
          ? {}
          : { banned: changes.disabled, banReason: changes.disabled ? "Disabled by an admin" : null }),
      },
    }),
    ...(changes.disabled ? [prisma.session.deleteMany({ where: { userId: id } })] : []),
  ]);
}
