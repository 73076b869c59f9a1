import { expect, test } from "@playwright/test";
import { lowestTextContrast } from "../helpers/contrast";
import { classifiedSearch, signInAs, userId, withDatabase } from "./annotate-fixtures";

type Expected = { action: "label" | "skip" | "off_topic"; label: string | null; modelLabel: string };

// The keys pressed for item i (cycled): every answer kind, accepts included.
const KEYS = ["1", "2", "3", "Enter", "3", "1", "s", "2", "o", "Enter"];
const ANNOTATOR = "annotator@postmood.local";

function expectedFor(key: string, modelLabel: string): Expected {
  if (key === "Enter") return { action: "label", label: modelLabel, modelLabel };
  if (key === "s") return { action: "skip", label: null, modelLabel };
  if (key === "o") return { action: "off_topic", label: null, modelLabel };
  return { action: "label", label: { "1": "negative", "2": "neutral", "3": "positive" }[key]!, modelLabel };
}

test("an annotator labels 50 items with the keyboard only, undoes one, changes one; the database holds exactly that", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const searchId = await classifiedSearch(browser, { keyword: "steam deck", limit: 120 });
  await signInAs(page, ANNOTATOR);
  await page.goto(`/annotate?searchId=${searchId}`);
  const item = page.getByTestId("queue-item");

  const order: string[] = [];
  const expected = new Map<string, Expected>();
  const modelLabels = new Map<string, string>();
  for (let i = 0; i < 50; i += 1) {
    await expect(item).toBeVisible();
    const id = (await item.getAttribute("data-item-id"))!;
    const modelLabel = (await item.getAttribute("data-model-label"))!;
    expect(order, "an item is served once").not.toContain(id);
    const key = KEYS[i % KEYS.length]!;
    await page.keyboard.press(key);
    await expect(item).not.toHaveAttribute("data-item-id", id); // the next one is on screen
    order.push(id);
    modelLabels.set(id, modelLabel);
    expected.set(id, expectedFor(key, modelLabel));
  }

  // u: the 50th answer is withdrawn and its item comes back on screen.
  await page.keyboard.press("u");
  await expect(item).toHaveAttribute("data-item-id", order[49]!);
  expected.delete(order[49]!);
  // k: back to the 49th (answered off-topic), changed to negative; then on to the first unanswered item again.
  await page.keyboard.press("k");
  await expect(item).toHaveAttribute("data-item-id", order[48]!);
  await expect(page.getByTestId("my-answer")).toContainText("off-topic");
  await page.keyboard.press("1");
  expected.set(order[48]!, { ...expected.get(order[48]!)!, action: "label", label: "negative" });
  await expect(item).toHaveAttribute("data-item-id", order[49]!);
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");
  await expect(page.getByRole("status").filter({ hasText: /Saved: negative|Undone/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/annotate-desktop.png", fullPage: true });

  await withDatabase(async (db) => {
    const annotatorId = await userId(db, ANNOTATOR);
    const { rows: corrections } = await db.query(
      `select item_id, action, label, model_label, search_id, prediction_id, duration_ms from corrections where annotator_id = $1`,
      [annotatorId],
    );
    expect(corrections).toHaveLength(49);
    for (const row of corrections) {
      const want = expected.get(row.item_id);
      expect(want, `unexpected answer on ${row.item_id}`).toBeDefined();
      expect({ action: row.action, label: row.label, modelLabel: row.model_label }).toEqual(want);
      expect(row.search_id).toBe(searchId);
      expect(row.prediction_id).not.toBeNull();
      expect(row.duration_ms).toBeGreaterThanOrEqual(0);
    }

    const { rows: events } = await db.query(
      `select item_id, action, label from correction_events where annotator_id = $1 order by id`,
      [annotatorId],
    );
    // 50 first answers, one undo, one change: nothing else.
    expect(events).toHaveLength(52);
    const history = (id: string) => events.filter((e) => e.item_id === id).map((e) => `${e.action}:${e.label ?? ""}`);
    expect(history(order[49]!)).toEqual([`label:${modelLabels.get(order[49]!)}`, "undo:"]); // the 50th was an Enter
    expect(history(order[48]!)).toEqual(["off_topic:", "label:negative"]);
    for (const id of order.slice(0, 48)) expect(history(id)).toHaveLength(1);
  });
});

test("today's count follows quick keyboard answers within seconds, not at the next minute's poll", async ({ page, browser }) => {
  const searchId = await classifiedSearch(browser, { keyword: "steam deck", limit: 120 });
  await signInAs(page, ANNOTATOR);
  await page.goto(`/annotate?searchId=${searchId}`);
  const item = page.getByTestId("queue-item");
  const today = page.locator("dl[aria-label=Progress] > div").filter({ hasText: "Today" }).getByRole("definition");
  await expect(today).toHaveText(/^\d+$/);
  const before = Number(await today.textContent());
  for (const key of ["1", "2", "3"]) {
    const id = (await item.getAttribute("data-item-id"))!;
    await page.keyboard.press(key);
    await expect(item).not.toHaveAttribute("data-item-id", id);
  }
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");
  await expect(today).toHaveText(String(before + 3), { timeout: 10_000 });
});

test("the annotation screen's small print (progress labels, item captions) reads at 4.5:1 or more", async ({ page, browser }) => {
  const searchId = await classifiedSearch(browser, { keyword: "steam deck", limit: 120 });
  await signInAs(page, ANNOTATOR);
  await page.goto(`/annotate?searchId=${searchId}`);
  await expect(page.getByTestId("queue-item")).toBeVisible();
  await expect(page.locator("dl[aria-label=Progress] dd").first()).toHaveText(/^\d+$/);
  const lowest = await lowestTextContrast(page.getByRole("main"));
  expect(lowest.ratio, `"${lowest.text}"`).toBeGreaterThanOrEqual(4.5);
});
