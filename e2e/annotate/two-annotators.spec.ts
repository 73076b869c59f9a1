import { expect, test } from "@playwright/test";
import { classifiedSearch, contextAs, userId, withDatabase } from "./annotate-fixtures";

// Overlap 1 (the default): an item on one annotator's screen is claimed, so the other never gets it.
test("two annotators in two browsers never see the same item", async ({ browser }) => {
  test.setTimeout(180_000);
  const searchId = await classifiedSearch(browser, { keyword: "climate", limit: 60 });
  const a = await contextAs(browser, "annotator@postmood.local");
  const b = await contextAs(browser, "annotator2@postmood.local");
  const seen = { a: new Set<string>(), b: new Set<string>() };
  try {
    await Promise.all([a.page.goto(`/annotate?searchId=${searchId}`), b.page.goto(`/annotate?searchId=${searchId}`)]);
    // Turn by turn, each answers what is on their screen; 15 answers each (prefetch claims more behind the scenes).
    for (let turn = 0; turn < 30; turn += 1) {
      const [who, page] = turn % 2 === 0 ? (["a", a.page] as const) : (["b", b.page] as const);
      const item = page.getByTestId("queue-item");
      await expect(item).toBeVisible();
      const id = (await item.getAttribute("data-item-id"))!;
      seen[who].add(id);
      await page.keyboard.press(turn % 3 === 0 ? "Enter" : "2");
      await expect(item).not.toHaveAttribute("data-item-id", id);
    }
    const overlap = [...seen.a].filter((id) => seen.b.has(id));
    expect(overlap).toEqual([]);
    expect(seen.a.size).toBe(15);
    expect(seen.b.size).toBe(15);
    await expect(a.page.getByTestId("save-status")).toHaveText("All answers saved");
    await expect(b.page.getByTestId("save-status")).toHaveText("All answers saved");

    await withDatabase(async (db) => {
      const ids = [await userId(db, "annotator@postmood.local"), await userId(db, "annotator2@postmood.local")];
      const { rows } = await db.query(
        `select item_id from corrections where search_id = $1 and annotator_id = any($2) group by item_id having count(*) > 1`,
        [searchId, ids],
      );
      expect(rows).toEqual([]); // no item answered by both
    });
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
