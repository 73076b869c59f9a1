import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { parseCsv } from "@/test/helpers/parse-csv";
import { signIn } from "../helpers/accounts";
import { lowestTextContrast } from "../helpers/contrast";
import { newSearchRow } from "../helpers/search-list";

// The analyst's result screens on the embedded engine and the project's fake Reddit: a search's page while it runs
// and after, its filters, an item, the CSV of the filtered view, and two searches compared.

const databaseUrl = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postmood_e2e";
const PHONE = { width: 390, height: 844 };
const ACTIVE = /queued|ingesting|classifying/;
const fakeReddit = `http://127.0.0.1:${process.env.E2E_FAKE_REDDIT_PORT ?? 4110}`;

/** Arctic Shift answers in pages of `size`: the search then takes long enough to be watched, even on a busy machine. */
async function setArcticPageSize(size: number | null) {
  const scenario = size === null ? { name: "normal" } : { name: "short-pages", size, times: 1_000_000 };
  const response = await fetch(`${fakeReddit}/__scenario`, { method: "POST", body: JSON.stringify(scenario) });
  expect(response.ok).toBe(true);
}

test.describe.configure({ mode: "serial" });

/** Starts an Arctic Shift search from the form and returns its row. */
async function startSearch(page: Page, keyword: string, limit: number, options: { comments?: boolean } = {}) {
  await page.goto("/searches");
  const form = page.getByRole("form", { name: "New search" });
  return newSearchRow(page, keyword, async () => {
    await form.getByLabel("Keyword").fill(keyword);
    await form.getByLabel("Max items").fill(String(limit));
    await form.getByLabel("Source").selectOption("arctic-shift");
    if (options.comments) await form.getByLabel("Include comments of matching posts").check();
    await form.getByRole("button", { name: "Search" }).click();
  });
}

async function shownTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId("items-total").textContent({ timeout: 1_000 }).catch(() => null)) ?? "";
  return Number(text.replace(/\D/g, "") || 0);
}

async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

/**
 * Human answers for `perLabel` items of each model label of a search, as annotators' verdicts would store them
 * (item_labels): mostly the model's label, every fourth one moved to the next label, so the correction has errors
 * to measure and every label has answers.
 */
async function answerItems(searchId: string, perLabel: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `WITH ranked AS (
         SELECT h.item_id, p.label, row_number() OVER (PARTITION BY p.label ORDER BY h.item_id) AS rank
         FROM search_hits h JOIN predictions p ON p.item_id = h.item_id
         WHERE h.search_id = $1
       )
       INSERT INTO item_labels (item_id, label, source, answers, agreement, updated_at)
       SELECT item_id,
              CASE WHEN rank % 4 = 0
                   THEN (CASE label WHEN 'negative' THEN 'neutral' WHEN 'neutral' THEN 'positive' ELSE 'negative' END)::"Sentiment"
                   ELSE label END,
              'majority', 1, 1, now()
       FROM ranked WHERE rank <= $2
       ON CONFLICT (item_id) DO NOTHING`,
      [searchId, perLabel],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** Items of the search with a human label and a model label: what the corrected estimate rests on. */
async function answeredItems(searchId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM search_hits h JOIN item_labels l ON l.item_id = h.item_id
        WHERE h.search_id = $1 AND l.label IS NOT NULL AND EXISTS (SELECT 1 FROM predictions p WHERE p.item_id = h.item_id)`,
      [searchId],
    );
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

/**
 * Points into a chart's plot until its tooltip opens: a chart just drawn may still be measuring itself, and a line
 * chart has no tooltip lines over a gap, so each try points a little further along.
 */
async function hoverChart(page: Page, figureName: string) {
  const plot = page.getByRole("figure", { name: figureName }).locator(".recharts-wrapper");
  await plot.scrollIntoViewIfNeeded();
  const along = [0.5, 0.35, 0.65, 0.25, 0.75, 0.45, 0.55];
  let attempt = 0;
  await expect(async () => {
    await page.mouse.move(0, 0);
    const box = (await plot.boundingBox())!;
    const x = along[attempt++ % along.length]!;
    await page.mouse.move(box.x + box.width * x, box.y + box.height / 2, { steps: 4 });
    await expect(page.locator(".recharts-default-tooltip:visible .recharts-tooltip-item").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

let firstSearchId = "";

test("an analyst watches a search fill its result page, filters it, opens an item and exports what the table shows", async ({ page }) => {
  test.setTimeout(420_000);
  await signIn(page, "analyst");
  await setArcticPageSize(10);
  const row = await startSearch(page, "steam deck", 2500, { comments: true });

  // Opened while it runs: the counts and charts move without a reload.
  await row.getByRole("link", { name: "steam deck" }).click();
  await expect(page).toHaveURL(/\/searches\/[^/?]+$/);
  firstSearchId = page.url().split("/searches/")[1]!;
  const status = page.getByTestId("search-status");
  await expect(status).toHaveText(ACTIVE, { timeout: 20_000 });
  const seen = new Set<number>();
  await expect
    .poll(async () => {
      seen.add(await shownTotal(page));
      return [...seen].filter((n) => n > 0).length;
    }, { timeout: 120_000, intervals: [300] })
    .toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: "test-results/screens/results-running.png", fullPage: true });
  await expect(status).toHaveText("done", { timeout: 300_000 });
  await setArcticPageSize(null);
  const over = page.getByRole("figure", { name: "Sentiment over time" });
  await expect(over.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("adjusted-estimate")).toContainText("Not corrected");
  const total = await shownTotal(page);
  expect(total).toBeGreaterThan(100);

  // The table fallback of a chart holds the same numbers.
  await over.getByRole("button", { name: "Show as table" }).click();
  await expect(over.getByRole("table")).toBeVisible();
  await over.getByRole("button", { name: "Show as table" }).click();

  // A click on a subreddit's bar filters the whole page to it.
  const bySubreddit = page.getByRole("figure", { name: "By subreddit" });
  const narrowed = page.waitForResponse((r) => r.url().includes("/summary?") && r.url().includes("subreddit="));
  await bySubreddit.locator(".recharts-bar-rectangle").first().click();
  await narrowed;
  await expect(page).toHaveURL(/subreddit=/);
  const subreddit = new URL(page.url()).searchParams.get("subreddit")!;
  await expect(bySubreddit).toContainText(`Showing r/${subreddit} only`);
  await expect.poll(() => shownTotal(page)).toBeLessThan(total);
  const subredditTotal = await shownTotal(page);

  // And a label, from the filters.
  const labelled = page.waitForResponse((r) => r.url().includes("/summary?") && r.url().includes("label=negative"));
  await page.getByRole("search", { name: "Filter items" }).getByLabel("Label").selectOption("negative");
  await labelled;
  await expect(page).toHaveURL(/label=negative/);
  await expect.poll(() => shownTotal(page)).toBeLessThan(subredditTotal);
  const filteredTotal = await shownTotal(page);
  expect(filteredTotal).toBeGreaterThan(0);
  const rows = page.getByTestId("item-row");
  await expect(rows.first()).toContainText("Negative");
  for (const text of await rows.allTextContents()) {
    expect(text).toContain(`r/${subreddit}`);
    expect(text).toContain("Negative");
  }
  await page.screenshot({ path: "test-results/screens/results-filtered.png", fullPage: true });

  // The first row opens the item in full, with its link to Reddit.
  const shownIds = await rows.evaluateAll((elements) => elements.map((el) => el.getAttribute("data-item-id")));
  await rows.first().getByRole("button").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("link", { name: /Open on Reddit/ })).toHaveAttribute("href", /^https:\/\/www\.reddit\.com\//);
  await page.screenshot({ path: "test-results/screens/results-item.png" });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // The CSV of this view has one row per matching item, and they are the table's items.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  const records = parseCsv(csv);
  expect(records).toHaveLength(filteredTotal);
  expect(records.every((r) => r.subreddit === subreddit && r.model_label === "negative")).toBe(true);
  const exportedIds = new Set(records.map((r) => r.id));
  expect(shownIds.length).toBeGreaterThan(0);
  expect(shownIds.filter((id) => !exportedIds.has(id!))).toEqual([]);

  // Human answers appear beside the model's labels, and with 30 or more the corrected estimate with its interval.
  expect(await answerItems(firstSearchId, 14)).toBeGreaterThan(0);
  const answers = await answeredItems(firstSearchId); // other specs may have answered some of these items already
  expect(answers).toBeGreaterThanOrEqual(42);
  await page.goto(`/searches/${firstSearchId}`);
  await expect(page.getByTestId("adjusted-estimate")).toContainText("95 % interval");
  await expect(page.getByTestId("adjusted-estimate")).toContainText(`Rests on ${answers} human answers`);
  await page.screenshot({ path: "test-results/screens/results-done.png", fullPage: true });
});

test("the result page on a phone: no sideways scroll, the table scrolls inside its box", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "analyst");
  await page.goto(`/searches/${firstSearchId}`);
  await expect(page.getByTestId("item-row").first()).toBeVisible();
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expectNoSideScroll(page);
  await page.screenshot({ path: "test-results/screens/results-phone.png", fullPage: true });
  // The filters fold behind one button on a phone.
  const filters = page.getByRole("search", { name: "Filter items" });
  await expect(filters).toBeHidden();
  await page.getByRole("button", { name: "Filters" }).click();
  await expect(filters.getByLabel("Label")).toBeVisible();
  await expectNoSideScroll(page);
  await page.getByTestId("item-row").first().getByRole("button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/results-item-phone.png" });
});

test("an analyst compares two finished searches", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "analyst");
  const rust = await startSearch(page, "rust", 300);
  await expect(rust.getByTestId("search-status")).toHaveText("done", { timeout: 150_000 });

  // The picker lists finished searches newest first: the first of each keyword is the one this spec ran.
  await page.getByRole("link", { name: "Compare searches" }).click();
  await page.getByRole("checkbox", { name: /steam deck/ }).first().check();
  await page.getByRole("checkbox", { name: /rust/ }).first().check();
  await expect(page).toHaveURL(/ids=[^,]+,[^,]+$/);
  const over = page.getByRole("figure", { name: "Sentiment over time" });
  await expect(over.locator(".recharts-line")).toHaveCount(2);
  await expect(over.locator(".recharts-legend-wrapper")).toContainText("steam deck");
  await expect(over.locator(".recharts-legend-wrapper")).toContainText("rust");
  const distribution = page.getByRole("figure", { name: "Sentiment distribution" });
  await distribution.getByRole("button", { name: "Show as table" }).click();
  await expect(distribution.getByRole("row")).toHaveCount(3);
  await distribution.getByRole("button", { name: "Show as table" }).click();
  await page.screenshot({ path: "test-results/screens/compare.png", fullPage: true });

  await page.setViewportSize(PHONE);
  await expectNoSideScroll(page);
  await page.screenshot({ path: "test-results/screens/compare-phone.png", fullPage: true });
});

test("the result page's text and its chart tooltips read at 4.5:1 or more", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "analyst");
  const row = await startSearch(page, "climate", 120);
  await expect(row.getByTestId("search-status")).toHaveText("done", { timeout: 150_000 });
  await row.getByRole("link", { name: "climate" }).click();
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page).toHaveTitle("climate · results · postmood"); // each open search names its own tab
  await expect(page.getByTestId("item-row").first()).toBeVisible();
  const pageText = await lowestTextContrast(page.getByRole("main"));
  expect(pageText.ratio, `"${pageText.text}"`).toBeGreaterThanOrEqual(4.5);
  for (const chart of ["Sentiment distribution", "By subreddit", "Sentiment over time"]) {
    await hoverChart(page, chart);
    const lowest = await lowestTextContrast(page.locator(".recharts-default-tooltip:visible"));
    expect(lowest.ratio, `${chart}: "${lowest.text}"`).toBeGreaterThanOrEqual(4.5);
  }
  await page.screenshot({ path: "test-results/screens/results-tooltip.png" });

  const searchId = new URL(page.url()).pathname.split("/").pop();
  await page.goto(`/searches/compare?ids=${searchId}`);
  for (const chart of ["Sentiment over time", "Sentiment distribution"]) {
    await hoverChart(page, chart);
    const lowest = await lowestTextContrast(page.locator(".recharts-default-tooltip:visible"));
    expect(lowest.ratio, `compare, ${chart}: "${lowest.text}"`).toBeGreaterThanOrEqual(4.5);
  }
});

test("two searches of one keyword go by different names on the compare screen", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "analyst");
  for (const limit of [40, 50]) {
    const row = await startSearch(page, "ollama", limit);
    await expect(row.getByTestId("search-status")).toHaveText("done", { timeout: 80_000 });
  }
  await page.getByRole("link", { name: "Compare searches" }).click();
  const picked = page.getByRole("checkbox", { name: /ollama/ }); // newest first: the two just run
  await picked.nth(0).check();
  await picked.nth(1).check();
  const over = page.getByRole("figure", { name: "Sentiment over time" });
  await expect(over.locator(".recharts-line")).toHaveCount(2);
  const names = await over.locator(".recharts-legend-item-text").allTextContents();
  expect(names).toHaveLength(2);
  expect(new Set(names).size, `legend: ${names.join(" | ")}`).toBe(2);
  for (const name of names) {
    expect(name).toMatch(/^ollama \(\d+\)$/);
    await expect(page.getByRole("checkbox", { name, exact: false })).toBeChecked(); // the picker uses the same name
  }
});

test("an annotator may not open a search's results", async ({ page }) => {
  await signIn(page, "annotator");
  const response = await page.goto(`/searches/${firstSearchId}`);
  expect(response?.status()).toBe(403);
});
