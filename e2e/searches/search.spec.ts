import { expect, test } from "@playwright/test";
import { signIn } from "../helpers/accounts";
import { newSearchRow } from "../helpers/search-list";

// An analyst's keyword search, through the browser, on the embedded engine (BullMQ workers in the app process,
// the project's fake Reddit, the embedded model).
test("an analyst starts a search and watches it run to the end", async ({ page }) => {
  await signIn(page, "analyst");
  const form = page.getByRole("form", { name: "New search" });
  await form.getByLabel("Keyword").fill("Ollama");
  await form.getByLabel("Max items").fill("80");
  // other specs share the database and may have searched this keyword already
  const row = await newSearchRow(page, "ollama", () => form.getByRole("button", { name: "Search" }).click());
  await expect(page.getByText("already being searched")).toHaveCount(0);
  await expect(row.getByTestId("search-status")).toHaveText("done", { timeout: 90_000 });
  const stored = Number((await row.getByText(/\d+ stored/).textContent())?.match(/\d+/)?.[0]);
  expect(stored).toBeGreaterThan(0);
  await expect(row.getByText(`${stored} classified`)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/analyst-search-done.png", fullPage: true });

  // The same question again: answered from the cache, no second search.
  const rows = await page.getByTestId("search-row-ollama").count();
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("A fresh result for this keyword already exists")).toBeVisible();
  await expect(page.getByTestId("search-row-ollama")).toHaveCount(rows); // no new row
});

test("a search on the Arctic Shift archive, comments included, runs to the end", async ({ page }) => {
  await signIn(page, "analyst");
  const form = page.getByRole("form", { name: "New search" });
  // Other specs search "rust" too: this search's row is the new one.
  const row = await newSearchRow(page, "rust", async () => {
    await form.getByLabel("Keyword").fill("rust");
    await form.getByLabel("Max items").fill("60");
    await form.getByLabel("Source").selectOption("arctic-shift");
    await form.getByLabel("Include comments of matching posts").check();
    await form.getByRole("button", { name: "Search" }).click();
  });
  await expect(row).toContainText("arctic shift");
  await expect(row.getByTestId("search-status")).toHaveText("done", { timeout: 90_000 });
  await expect(row.getByText("60 stored")).toBeVisible();
});

test("a URL instead of a keyword gets a clear message and nothing starts", async ({ page }) => {
  await signIn(page, "analyst");
  const form = page.getByRole("form", { name: "New search" });
  await form.getByLabel("Keyword").fill("https://www.reddit.com/r/rust");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(form.getByText("Search for words, not a URL.")).toBeVisible();
  await expect(form.getByLabel("Keyword")).toHaveValue("https://www.reddit.com/r/rust");
});

test("an admin sees the search's jobs in the job view", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/jobs");
  const jobs = page.getByRole("table", { name: "Jobs" });
  await expect(jobs.getByRole("row").filter({ hasText: "ingest-keyword" }).first()).toContainText("succeeded");
  await expect(jobs.getByRole("row").filter({ hasText: "classify-items" }).first()).toContainText("succeeded");
  await page.screenshot({ path: "test-results/screens/admin-jobs.png", fullPage: true });
});
