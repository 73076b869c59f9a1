import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auth } from "@/lib/auth/auth";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { updateUser } from "@/lib/users/update-user";
import { createSignedInUser } from "@/test/helpers/sessions";

const headersWith = (cookie: string) => new Headers({ cookie });

describe("user management", () => {
  it("creates a user with a hashed password who can sign in", async () => {
    const email = `new-${randomUUID().slice(0, 8)}@test.postmood.local`;
    const { id } = await createUser({ email, name: "New", password: "correct-horse", role: "analyst" });
    const account = await prisma.account.findFirstOrThrow({ where: { userId: id } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("correct-horse");
    const ok = await auth.api.signInEmail({ body: { email, password: "correct-horse" }, asResponse: true });
    expect(ok.status).toBe(200);
    const wrong = await auth.api.signInEmail({ body: { email, password: "wrong-horse" }, asResponse: true });
    expect(wrong.status).toBe(401);
    expect((await listUsers()).find((u) => u.id === id)).toMatchObject({ email, role: "analyst", disabled: false });
  });

  it("refuses a duplicate email with 409", async () => {
    const email = `dup-${randomUUID().slice(0, 8)}@test.postmood.local`;
    await createUser({ email, name: "A", password: "password-1", role: "annotator" });
    await expect(createUser({ email, name: "B", password: "password-2", role: "annotator" })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("changes a role, and the session sees it at once", async () => {
    const admin = await createSignedInUser("admin");
    const user = await createSignedInUser("annotator");
    await updateUser({ id: user.id, actorId: admin.id, changes: { role: "analyst" } });
    expect((await getSessionUser(headersWith(user.cookie)))?.role).toBe("analyst");
  });

  it("disables a user: sessions end and sign-in is refused; enabling restores access", async () => {
    const admin = await createSignedInUser("admin");
    const user = await createSignedInUser("analyst");
    await updateUser({ id: user.id, actorId: admin.id, changes: { disabled: true } });
    expect(await getSessionUser(headersWith(user.cookie))).toBeNull();
    const refused = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, asResponse: true });
    expect(refused.status).toBe(403);
    await updateUser({ id: user.id, actorId: admin.id, changes: { disabled: false } });
    const again = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, asResponse: true });
    expect(again.status).toBe(200);
  });

  it("keeps an admin from locking themselves out", async () => {
    const admin = await createSignedInUser("admin");
    await expect(updateUser({ id: admin.id, actorId: admin.id, changes: { disabled: true } })).rejects.toMatchObject({ status: 409 });
    await expect(updateUser({ id: admin.id, actorId: admin.id, changes: { role: "analyst" } })).rejects.toMatchObject({ status: 409 });
    await expect(updateUser({ id: "missing", actorId: admin.id, changes: { role: "analyst" } })).rejects.toMatchObject({ status: 404 });
  });
});
