import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { checkLogin } from "@/lib/seed/check-login";
import { seedUsers } from "@/lib/seed/seed-users";

describe("seed accounts", () => {
  it("creates missing accounts once, with roles, and reports which logins work", async () => {
    const tag = randomUUID().slice(0, 8);
    const accounts = [
      { email: `admin-${tag}@seed.test`, name: "Admin", password: "first-password", role: "admin" as const },
      { email: `analyst-${tag}@seed.test`, name: "Analyst", password: "analyst-password", role: "analyst" as const },
    ];
    expect(await seedUsers(accounts)).toEqual({ created: accounts.map((a) => a.email), existing: [] });
    expect(await seedUsers(accounts)).toEqual({ created: [], existing: accounts.map((a) => a.email) });
    expect(await prisma.user.count({ where: { email: { in: accounts.map((a) => a.email) } } })).toBe(2);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: accounts[1]!.email } })).role).toBe("analyst");
    expect(await checkLogin(accounts[0]!)).toBe(true);
    expect(await checkLogin({ ...accounts[0]!, password: "changed-in-env" })).toBe(false);
    expect(await checkLogin({ email: `nobody-${tag}@seed.test`, password: "x" })).toBe(false);
  });
});
