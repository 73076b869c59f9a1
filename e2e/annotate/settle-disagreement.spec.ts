import { expect, test } from "@playwright/test";
import type { QueueResponse } from "@/lib/annotation/types";
import { classifiedSearch, contextAs, patchSettings, postCorrection, withDatabase } from "./annotate-fixtures";

test("an admin raises the overlap, two annotators disagree, and the admin settles it", async ({ browser }) => {
  test.setTimeout(180_000);
  const searchId = await classifiedSearch(browser, { keyword: "taylor swift", limit: 30 });
  const admin = await contextAs(browser, "admin@postmood.local");
  const a = await contextAs(browser, "annotator@postmood.local");
  const b = await contextAs(browser, "annotator2@postmood.local");
  try {
    // The overlap is changed on the settings screen; a bad value is refused with the field named.
    await admin.page.goto("/admin/settings");
    const form = admin.page.getByRole("form", { name: "Annotation settings" });
    await form.getByLabel("Overlap (answers per item)").fill("0");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.getByText(/1|whole number/).first()).toBeVisible();
    await expect(form.getByLabel("Overlap (answers per item)")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("Overlap (answers per item)").fill("2");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");

    // Two answers on one item that differ (through the API: the screens are covered by the other specs).
    const queue = (await (await a.context.request.get(`/api/queue?searchId=${searchId}&limit=1`)).json()) as QueueResponse;
    const item = queue.items[0]!;
    expect((await postCorrection(a.context, { itemId: item.itemId, searchId, action: "label", label: "negative", durationMs: 1200 })).status()).toBe(201);
    expect((await postCorrection(b.context, { itemId: item.itemId, searchId, action: "label", label: "positive", durationMs: 900 })).status()).toBe(201);

    await admin.page.goto("/admin/disagreements");
    const card = admin.page.locator(`[data-testid="disagreement"][data-item-id="${item.itemId}"]`);
    await expect(card).toBeVisible();
    await expect(card.getByText("Noor Annotator")).toBeVisible();
    await expect(card.getByText("Sam Annotator")).toBeVisible();
    await admin.page.screenshot({ path: "test-results/screens/disagreements-desktop.png", fullPage: true });
    await card.getByPlaceholder("Note (optional)").fill("sarcasm: the praise is ironic");
    await card.getByRole("group", { name: "Settle as" }).getByRole("button", { name: "neutral" }).click();
    // Settled items leave the "unsettled" tab; the settled tab shows the decision.
    await admin.page.getByRole("tab", { name: "Settled", exact: true }).click();
    await expect(card.getByTestId("resolution")).toContainText("Settled as neutral");

    await withDatabase(async (db) => {
      const { rows: resolutions } = await db.query(`select action, label, note from item_resolutions where item_id = $1`, [item.itemId]);
      expect(resolutions).toEqual([{ action: "label", label: "neutral", note: "sarcasm: the praise is ironic" }]);
      const { rows: verdicts } = await db.query(`select label, source, disagreement, answers from item_labels where item_id = $1`, [item.itemId]);
      expect(verdicts).toEqual([{ label: "neutral", source: "settled", disagreement: true, answers: 2 }]);
    });
  } finally {
    await patchSettings(admin.context, { overlap: 1 }).catch(() => undefined);
    await Promise.all([admin.context.close(), a.context.close(), b.context.close()]);
  }
});
