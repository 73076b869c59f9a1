import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Runs `start` (which submits the new-search form) and returns the new search's row. Other specs may have searched
 * the same keyword before and the list shows the newest first, so the new row is the first of its keyword once
 * their count has grown. The list loads in the browser: it is counted only once it has rendered.
 */
export async function newSearchRow(page: Page, keyword: string, start: () => Promise<void>): Promise<Locator> {
  await expect(page.getByTestId(/^search-row-/).first().or(page.getByText("No searches yet"))).toBeVisible();
  const rows = page.getByTestId(`search-row-${keyword}`);
  const before = await rows.count();
  await start();
  await expect(rows).toHaveCount(before + 1);
  return rows.first();
}
