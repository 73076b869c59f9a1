import { expect, test } from "@playwright/test";
import { ROLE_HOME, ROLE_LABEL, type Role } from "@/lib/auth/roles";
import { signIn } from "../helpers/accounts";

// What each role sees after signing in: its own home and only the navigation it can use.
const EXPECTED_NAV: Record<Role, string[]> = {
  admin: ["Searches", "Annotate", "Datasets", "Users", "Jobs", "Disagreements", "Settings"],
  analyst: ["Searches", "Datasets"],
  annotator: ["Annotate", "Datasets"],
};
// A page of another role, for each role (admins may open every page).
const OTHER_ROLES_PAGE: Partial<Record<Role, string>> = { analyst: "/admin/users", annotator: "/searches" };

for (const role of ["admin", "analyst", "annotator"] as const) {
  test(`${role}: signs in to their home, sees their navigation, signs out`, async ({ page }) => {
    const account = await signIn(page, role);
    await expect(page).toHaveURL(ROLE_HOME[role]);
    await expect(page.getByTestId("role-badge")).toHaveText(ROLE_LABEL[role]);
    await expect(page.getByRole("banner").getByText(account.email)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(EXPECTED_NAV[role]);
    await page.screenshot({ path: `test-results/screens/${role}-home.png`, fullPage: true });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto(ROLE_HOME[role]);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(ROLE_HOME[role])}`);
  });
}

for (const [role, path] of Object.entries(OTHER_ROLES_PAGE) as [Role, string][]) {
  test(`${role}: gets the 403 page for ${path}`, async ({ page }) => {
    await signIn(page, role);
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "This page is not for your role" })).toBeVisible();
    await expect(page).toHaveTitle("Not for your role · postmood"); // not the refused page's name
    await page.screenshot({ path: `test-results/screens/${role}-403.png` });
  });
}

test("an unknown address, and a search id that does not exist, get the 404 page with its title", async ({ page }) => {
  await signIn(page, "analyst");
  for (const path of ["/no-such-page", "/searches/no-such-search"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle(/^(Page|Search) not found · postmood$/);
    await expect(page.getByRole("link", { name: /Go to your home page/ })).toHaveAttribute("href", "/");
  }
});

test("signing in and opening each role's home logs no console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  for (const role of ["admin", "analyst", "annotator"] as const) {
    await signIn(page, role);
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  }
  expect(errors).toEqual([]);
});

test("a wrong password is refused with a message, and no session is made", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("analyst@postmood.local");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText(/invalid email or password/i);
  await page.goto("/searches");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsearches/);
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, "analyst");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const role of ["admin", "analyst", "annotator"] as const) {
    test(`${role}: the home page fits the screen width`, async ({ page }) => {
      await signIn(page, role);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    });
  }

  test("admin: the current page's link is in view in the sideways-scrolling navigation", async ({ page }) => {
    await signIn(page, "admin");
    for (const path of ["/admin/settings", "/admin/disagreements", "/searches"]) {
      await page.goto(path);
      const current = page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]');
      await expect(current).toBeInViewport({ ratio: 0.9 }); // not exactly 1: the row may clip a fraction of a pixel
    }
  });
});
