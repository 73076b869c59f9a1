import { expect, test } from "@playwright/test";
import { classifiedSearch, contextAs } from "./annotate-fixtures";

// Annotators and admins also work from a phone: the screens fit 390 px without sideways scrolling and the label
// buttons work by touch.
const phone = { width: 390, height: 844 };

test("the annotation screen, guidelines and disagreements fit a phone and label by tapping", async ({ browser }) => {
  test.setTimeout(300_000);
  const searchId = await classifiedSearch(browser, { keyword: "rust", limit: 30 });
  const annotator = await contextAs(browser, "annotator@postmood.local", phone);
  const admin = await contextAs(browser, "admin@postmood.local", phone);
  try {
    const page = annotator.page;
    await page.goto(`/annotate?searchId=${searchId}`);
    const item = page.getByTestId("queue-item");
    await expect(item).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.screenshot({ path: "test-results/screens/annotate-phone.png", timeout: 15_000 });

    const first = (await item.getAttribute("data-item-id"))!;
    await page.getByRole("group", { name: "Answer" }).getByRole("button", { name: "positive", exact: true }).click({ timeout: 15_000 });
    await expect(item).not.toHaveAttribute("data-item-id", first);
    await expect(page.getByTestId("save-status")).toHaveText("All answers saved");

    await page.keyboard.press("g");
    await expect(page.getByRole("dialog", { name: /Guidelines/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);

    for (const path of ["/admin/disagreements", "/admin/settings"]) {
      await admin.page.goto(path);
      await expect(admin.page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(admin.page.getByText(/^Loading/)).toHaveCount(0);
      expect(await admin.page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(phone.width);
      await admin.page.screenshot({ path: `test-results/screens/${path.split("/").pop()}-phone.png`, fullPage: true });
    }
  } finally {
    await annotator.context.close();
    await admin.context.close();
  }
});
