import { expect, test } from "@playwright/test";
import { signIn } from "../helpers/accounts";

test("an admin creates a user, changes their role, disables them; the user's access follows", async ({ page, browser }) => {
  await signIn(page, "admin");
  const email = `e2e-${Date.now()}@postmood.local`;
  const form = page.getByRole("form", { name: "Create user" });
  await form.getByLabel("Name").fill("Eve Example");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("eve-password-1");
  await form.getByLabel("Role").selectOption("annotator");
  await form.getByRole("button", { name: "Create user" }).click();
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toContainText("Active");

  // The same email twice: a clear message, nothing duplicated.
  await form.getByLabel("Name").fill("Eve Again");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("eve-password-2");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toContainText("already exists");
  await expect(page.getByTestId(`user-row-${email}`)).toHaveCount(1);

  await row.getByLabel(`Role of ${email}`).selectOption("analyst");
  await expect(row.getByLabel(`Role of ${email}`)).toHaveValue("analyst");
  await page.screenshot({ path: "test-results/screens/admin-users.png", fullPage: true });

  // The new user signs in as an analyst.
  const other = await browser.newContext();
  const userPage = await other.newPage();
  await userPage.goto("/sign-in");
  await userPage.getByLabel("Email").fill(email);
  await userPage.getByLabel("Password").fill("eve-password-1");
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage).toHaveURL("/searches");

  // Disabled: their open session ends and they cannot sign in again.
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row).toContainText("Disabled");
  await userPage.goto("/searches");
  await expect(userPage).toHaveURL(/\/sign-in/);
  await userPage.getByLabel("Email").fill(email);
  await userPage.getByLabel("Password").fill("eve-password-1");
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText("disabled");
  await other.close();
});
