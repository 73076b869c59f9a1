import { expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { seedAccounts } from "@/lib/seed/demo-users";

// The accounts the e2e server was seeded with (scripts/e2e-server.sh runs the same seed as the setup command).
export function accountFor(role: Role) {
  const account = seedAccounts().find((a) => a.role === role);
  if (!account) throw new Error(`no seeded ${role}`);
  return account;
}

export async function signIn(page: Page, role: Role, next?: string) {
  const account = accountFor(role);
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("role-badge")).toBeVisible();
  return account;
}
