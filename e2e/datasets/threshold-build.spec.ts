import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { classifiedSearch, contextAs, withDatabase } from "../annotate/annotate-fixtures";
import { parseCsv } from "@/test/helpers/parse-csv";
import { parseJsonl, readParquet, unzip } from "@/test/helpers/parse-dataset-files";

// Datasets end to end: an admin lowers the threshold on /datasets, two annotators reach it with the keyboard on
// /annotate, and an analyst's /datasets page, never reloaded, shows the new version; every file downloads from that
// page and parses to the rows the database holds for the version. Then an admin builds a version on request.

const THRESHOLD = 4;
const KEY_LABEL: Record<string, string> = { "1": "negative", "2": "neutral", "3": "positive" };
const COLUMNS = ["id", "text", "title", "subreddit", "created_utc", "permalink", "label", "label_source", "model_label",
  "model_confidence", "annotators", "agreement", "split", "keywords"];
const DOWNLOADS: [format: string, link: RegExp][] = [
  ["csv", /^CSV/], ["jsonl", /^JSONL/], ["parquet", /^Parquet/], ["card", /^Card/], ["zip", /^Everything/],
];
const outDir = path.join("test-results", "datasets");

/** Answers `keys.length` items on an annotator's /annotate screen; returns item id → the label given. */
async function answerWithKeyboard(page: Page, searchId: string, keys: string[]): Promise<Map<string, string>> {
  await page.goto(`/annotate?searchId=${searchId}`);
  const item = page.getByTestId("queue-item");
  const given = new Map<string, string>();
  for (const key of keys) {
    await expect(item).toBeVisible();
    const id = (await item.getAttribute("data-item-id"))!;
    given.set(id, key === "Enter" ? (await item.getAttribute("data-model-label"))! : KEY_LABEL[key]!);
    await page.keyboard.press(key);
    await expect(item).not.toHaveAttribute("data-item-id", id);
  }
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");
  return given;
}

async function downloadAll(page: Page, version: Locator, number: number): Promise<Record<string, string>> {
  await mkdir(outDir, { recursive: true });
  const files: Record<string, string> = {};
  for (const [format, link] of DOWNLOADS) {
    const [download] = await Promise.all([page.waitForEvent("download"), version.getByRole("link", { name: link }).click()]);
    expect(download.suggestedFilename()).toBe(format === "card" ? `postmood-v${number}-README.md` : `postmood-v${number}.${format}`);
    files[format] = path.join(outDir, download.suggestedFilename());
    await download.saveAs(files[format]);
  }
  return files;
}

type DatasetRow = Record<string, unknown>;

const byId = (rows: DatasetRow[]) =>
  Object.fromEntries(rows.map((row) => [String(row.id), { label: String(row.label), split: String(row.split) }]));

test("annotators reach the threshold; the version appears on /datasets without a reload and every file parses", async ({ browser }) => {
  test.setTimeout(300_000);
  const searchId = await classifiedSearch(browser, { keyword: "rust", limit: 40 });

  const admin = await contextAs(browser, "admin@postmood.local");
  await admin.page.goto("/datasets");
  const thresholdField = admin.page.getByLabel("Threshold (answers per version)");
  await thresholdField.fill(""); // refused with the API's message under the field
  await admin.page.getByRole("button", { name: "Save threshold" }).click();
  await expect(admin.page.getByText("Send a whole number from 1 to 100000.")).toBeVisible();
  await thresholdField.fill(String(THRESHOLD));
  await admin.page.getByRole("button", { name: "Save threshold" }).click();
  await expect(admin.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // Earlier specs may have left answers counted towards the next version; building now starts a fresh count, so
  // the next crossing is exactly this spec's answers. Wait until that build is done.
  const unfinishedBuilds = admin.page.locator('[data-testid="dataset-version"]:is([data-status="queued"], [data-status="building"])');
  await expect(unfinishedBuilds).toHaveCount(0, { timeout: 120_000 }); // Build now waits while a build runs
  if (!(await admin.page.getByTestId("pending-answers").textContent())?.startsWith("0 of")) {
    await admin.page.getByRole("button", { name: "Build now" }).click();
    await expect(admin.page.getByTestId("pending-answers")).toContainText(`0 of ${THRESHOLD} answers`);
    const unfinished = admin.page.locator('[data-testid="dataset-version"]:is([data-status="queued"], [data-status="building"])');
    await expect(unfinished).toHaveCount(0, { timeout: 120_000 });
  }
  await admin.context.close();

  const analyst = await contextAs(browser, "analyst@postmood.local");
  const page = analyst.page;
  await page.goto("/datasets");
  await expect(page.getByTestId("pending-answers")).toContainText(`0 of ${THRESHOLD} answers`);
  const versionsBefore = await page.getByTestId("dataset-version").count();
  const newest = versionsBefore === 0 ? 0 : Number(await page.getByTestId("dataset-version").first().getAttribute("data-version"));

  const a = await contextAs(browser, "annotator@postmood.local");
  const b = await contextAs(browser, "annotator2@postmood.local");
  const answers = new Map([
    ...(await answerWithKeyboard(a.page, searchId, ["1", "Enter"])),
    ...(await answerWithKeyboard(b.page, searchId, ["3", "2"])),
  ]);
  expect(answers.size).toBe(THRESHOLD);

  // The analyst's page was never reloaded: polling brings the version in, building, then ready.
  const version = page.locator(`[data-testid="dataset-version"][data-version="${newest + 1}"][data-status="ready"]`);
  await expect(version).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId("dataset-version")).toHaveCount(versionsBefore + 1);
  const number = Number(await version.getAttribute("data-version"));
  await expect(version).toContainText("threshold reached");
  await expect(page.getByTestId("pending-answers")).toContainText(`0 of ${THRESHOLD} answers`);
  await expect(version.getByTestId("dataset-card")).toBeVisible(); // the newest version's card is open
  await expect(version.getByTestId("dataset-card").getByText("YAML header")).toBeVisible();
  await expect(version.getByTestId("dataset-card").getByRole("heading", { name: new RegExp(`version ${number}$`) })).toBeVisible();

  const stored = await withDatabase(async (db) => {
    const { rows } = await db.query<DatasetRow>(
      `select di.item_id as id, di.label, di.split from dataset_items di join datasets d on d.id = di.dataset_id where d.version = $1`,
      [number],
    );
    return byId(rows);
  });
  // A version holds every answered item so far (other specs' answers too), with this spec's answers as given.
  await expect(version.getByTestId("count-items")).toHaveText(String(Object.keys(stored).length));
  for (const [id, label] of answers) expect(stored[id]?.label, `item ${id} in version ${number}`).toBe(label);

  const files = await downloadAll(page, version, number);
  const csv = parseCsv(await readFile(files.csv!, "utf8"));
  expect(Object.keys(csv[0]!)).toEqual(expect.arrayContaining(COLUMNS));
  expect(byId(csv)).toEqual(stored);
  expect(byId(parseJsonl(await readFile(files.jsonl!, "utf8")))).toEqual(stored);
  const parquet = await readParquet(await readFile(files.parquet!));
  expect(Object.keys(parquet[0]!)).toEqual(expect.arrayContaining(COLUMNS));
  expect(byId(parquet)).toEqual(stored);
  const card = await readFile(files.card!, "utf8");
  expect(card).toMatch(/^---\n[\s\S]+?\n---\n/);
  const zip = await unzip(await readFile(files.zip!));
  expect(zip.get("README.md")?.toString("utf8")).toBe(card);
  for (const format of ["csv", "parquet"]) {
    const entry = [...zip.keys()].find((name) => name === `postmood-v${number}.${format}`);
    expect(entry, `zip holds the ${format} file: ${[...zip.keys()].join(", ")}`).toBeDefined();
    expect(zip.get(entry!)!.equals(await readFile(files[format]!)), `${format} in the zip`).toBe(true);
  }
  // The zip is laid out as a Hugging Face dataset repository: the JSONL lines split into data/<split>.jsonl.
  const splitLines = ["train", "validation", "test"].flatMap((split) => (zip.get(`data/${split}.jsonl`)?.toString("utf8") ?? "").split("\n").filter(Boolean));
  const jsonlLines = (await readFile(files.jsonl!, "utf8")).split("\n").filter(Boolean);
  expect(splitLines.sort()).toEqual(jsonlLines.sort());

  await page.screenshot({ path: path.join(outDir, "datasets-desktop.png"), fullPage: true });
  await Promise.all([a.context.close(), b.context.close(), analyst.context.close()]);

  const phone = await contextAs(browser, "annotator@postmood.local", { width: 390, height: 844 });
  await phone.page.goto("/datasets");
  await expect(phone.page.getByTestId("dataset-card").first()).toBeVisible();
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal page scroll at phone width").toBe(0);
  await phone.page.screenshot({ path: path.join(outDir, "datasets-phone.png"), fullPage: true });
  await phone.context.close();
});

test("an admin builds a version now and watches it finish", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await contextAs(browser, "admin@postmood.local");
  await admin.page.goto("/datasets");
  const buildNow = admin.page.getByRole("button", { name: "Build now" });
  await expect(buildNow).toBeEnabled({ timeout: 120_000 }); // no other build queued or running
  await buildNow.click();
  const requested = admin.page.getByRole("status").filter({ hasText: /Version \d+ (requested\.|is being built…)/ });
  await expect(requested).toBeVisible();
  await expect(buildNow).toBeDisabled(); // a second version now would hold the same answers
  const number = Number((await requested.textContent())!.match(/Version (\d+)/)![1]);
  const version = admin.page.locator(`[data-testid="dataset-version"][data-version="${number}"]`);
  await expect(version).toHaveAttribute("data-status", "ready", { timeout: 120_000 });
  await expect(buildNow).toBeEnabled(); // done: the note is gone and building is possible again
  await expect(requested).toHaveCount(0);
  await expect(version).toContainText("built on request");
  await expect(version.getByRole("link", { name: /^CSV/ })).toBeVisible();
  // The card follows the newest version; older ones fold away.
  await expect(version.getByTestId("dataset-card")).toBeVisible();
  await expect(admin.page.getByTestId("dataset-card")).toHaveCount(1);
  await admin.page.screenshot({ path: path.join(outDir, "datasets-admin-desktop.png"), fullPage: true });
  await admin.context.close();
});
