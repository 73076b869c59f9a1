import { afterAll, describe, expect, it } from "vitest";
import { POST as settleRoute } from "@/app/api/disagreements/[itemId]/route";
import { GET as listRoute } from "@/app/api/disagreements/route";
import { POST as postCorrection } from "@/app/api/corrections/route";
import { prisma } from "@/lib/db";
import type { DisagreementsResponse } from "@/lib/annotation/types";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";
import { callRoute, createModel, createPredictedItem, setOverlap } from "@/test/helpers/annotation-fixtures";

// GET /api/disagreements and POST /api/disagreements/:itemId (admin) on the real database.

const answer = (account: TestAccount, body: Record<string, unknown>) =>
  callRoute(postCorrection, { method: "POST", path: "/api/corrections", cookie: account.cookie, body: { durationMs: 900, ...body } });
const list = async (admin: TestAccount, params = "") =>
  (await callRoute(listRoute, { method: "GET", path: `/api/disagreements?pageSize=100&${params}`, cookie: admin.cookie })).json as DisagreementsResponse;
const settle = (admin: TestAccount, itemId: string, body: unknown) =>
  callRoute(settleRoute, { method: "POST", path: `/api/disagreements/${itemId}`, cookie: admin.cookie, body, params: { itemId } });

describe("disagreements", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("lists items whose answers differ with every answer, unsettled first; settling makes the admin's label win", async () => {
    await setOverlap(2);
    const [admin, a, b] = [await createSignedInUser("admin"), await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const model = createModel();
    const [tie, agreed, majority] = [await createPredictedItem({ model }), await createPredictedItem({ model }), await createPredictedItem({ model })];
    await answer(a, { itemId: tie, action: "label", label: "positive" });
    await answer(b, { itemId: tie, action: "off_topic" });
    await answer(a, { itemId: agreed, action: "label", label: "neutral" });
    await answer(b, { itemId: agreed, action: "label", label: "neutral" });
    await answer(a, { itemId: majority, action: "label", label: "negative" });
    await answer(b, { itemId: majority, action: "label", label: "neutral" });

    const before = await list(admin);
    const ids = before.items.map((item) => item.itemId);
    expect(ids).toEqual(expect.arrayContaining([tie, majority]));
    expect(ids).not.toContain(agreed);
    const listed = before.items.find((item) => item.itemId === tie)!;
    expect(listed.verdict).toMatchObject({ tie: true, disagreement: true, answers: 2 });
    expect(listed.answers.map((x) => [x.annotator.id, x.action, x.label])).toEqual([
      [a.id, "label", "positive"],
      [b.id, "off_topic", null],
    ]);
    expect(listed.resolution).toBeNull();

    const settled = await settle(admin, tie, { action: "label", label: "positive", note: "sarcasm counts as positive here" });
    expect(settled.status).toBe(200);
    expect(settled.json).toMatchObject({
      resolution: { action: "label", label: "positive", note: "sarcasm counts as positive here", settledBy: { id: admin.id } },
      verdict: { label: "positive", tie: false, source: "settled", disagreement: true, answers: 2, agreement: 0.5 },
    });
    expect(await prisma.itemLabel.findUniqueOrThrow({ where: { itemId: tie } })).toMatchObject({ label: "positive", source: "settled" });

    // An answer changed after settling does not move the verdict: the settlement wins.
    await answer(b, { itemId: tie, action: "label", label: "negative" });
    expect(await prisma.itemLabel.findUniqueOrThrow({ where: { itemId: tie } })).toMatchObject({ label: "positive", source: "settled" });
    // Re-settling replaces the decision (off-topic).
    expect((await settle(admin, tie, { action: "off_topic" })).json.verdict).toMatchObject({ offTopic: true, label: null, source: "settled" });

    const after = await list(admin);
    const positions = after.items.map((item) => item.itemId);
    expect(positions.indexOf(majority)).toBeLessThan(positions.indexOf(tie)); // unsettled first
    expect(after.unsettled).toBe(before.unsettled - 1);
    expect((await list(admin, "status=settled")).items.map((item) => item.itemId)).toContain(tie);
    expect((await list(admin, "status=unsettled")).items.map((item) => item.itemId)).not.toContain(tie);
    await setOverlap(1);
  });

  it("422 names the field; 404 for an unknown item", async () => {
    const admin = await createSignedInUser("admin");
    const itemId = await createPredictedItem({ model: createModel() });
    for (const [body, field] of [
      [{ action: "label" }, "label"],
      [{ action: "off_topic", label: "positive" }, "label"],
      [{ action: "skip" }, "action"],
      [{ action: "label", label: "positive", note: "x".repeat(2001) }, "note"],
    ] as const) {
      const response = await settle(admin, itemId, body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(422);
      expect(Object.keys(response.json.error.fields)).toEqual([field]);
    }
    expect((await settle(admin, "t3_unknown", { action: "off_topic" })).status).toBe(404);
    expect(await prisma.itemResolution.count({ where: { itemId } })).toBe(0);
  });
});
