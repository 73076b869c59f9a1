import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as undoRoute } from "@/app/api/corrections/[itemId]/route";
import { POST as postCorrection } from "@/app/api/corrections/route";
import { GET as getQueueRoute } from "@/app/api/queue/route";
import { prisma } from "@/lib/db";
import { getClaimOwners } from "@/lib/annotation/get-claim-owners";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";
import { callRoute, createModel, createPredictedItem, createSearch, setOverlap, type TestModel } from "@/test/helpers/annotation-fixtures";

// POST /api/corrections and DELETE /api/corrections/:itemId on the real database and Redis.

const answer = (account: TestAccount, body: Record<string, unknown>) =>
  callRoute(postCorrection, { method: "POST", path: "/api/corrections", cookie: account.cookie, body: { durationMs: 1500, ...body } });
const undo = (account: TestAccount, itemId: string) =>
  callRoute(undoRoute, { method: "DELETE", path: `/api/corrections/${itemId}`, cookie: account.cookie, params: { itemId } });
const events = (itemId: string) => prisma.correctionEvent.findMany({ where: { itemId }, orderBy: { id: "asc" } });
const positive = { negative: 0.1, neutral: 0.2, positive: 0.7 };

afterAll(() => getSharedTcpConnection().quit());

describe("POST /api/corrections", () => {
  let model: TestModel;
  beforeEach(async () => {
    model = createModel();
    await setOverlap(1);
    await prisma.settings.update({ where: { id: 1 }, data: { datasetThreshold: 100_000 } });
  });

  it("201 first answer with everything recorded, 200 changed, 200 identical repeat without a new event", async () => {
    const me = await createSignedInUser("annotator");
    const search = await createSearch();
    const itemId = await createPredictedItem({ model, searchId: search.id, probabilities: positive });
    const prediction = await prisma.prediction.findFirstOrThrow({ where: { itemId } });

    const first = await answer(me, { itemId, searchId: search.id, action: "label", label: "negative", durationMs: 2300 });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      outcome: "created",
      answer: { itemId, annotatorId: me.id, action: "label", label: "negative", modelLabel: "positive", predictionId: prediction.id, modelConfidence: 0.7, searchId: search.id, durationMs: 2300 },
      verdict: { label: "negative", source: "single", answers: 1, agreement: 1, tie: false, offTopic: false },
    });

    const changed = await answer(me, { itemId, action: "accept" });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ outcome: "changed", answer: { action: "label", label: "positive", searchId: search.id } });

    const repeat = await answer(me, { itemId, action: "accept", durationMs: 99 });
    expect(repeat.status).toBe(200);
    expect(repeat.json).toMatchObject({ outcome: "unchanged", answer: { label: "positive", durationMs: 1500 } });

    expect((await events(itemId)).map((e) => [e.action, e.label, e.modelLabel, e.durationMs])).toEqual([
      ["label", "negative", "positive", 2300],
      ["label", "positive", "positive", 1500],
    ]);
    expect(await prisma.correction.count({ where: { itemId } })).toBe(1);
    expect(await prisma.itemLabel.findUniqueOrThrow({ where: { itemId } })).toMatchObject({ label: "positive", answers: 1 });
  });

  it("a repeat sent twice at once is saved once (the item lock serializes them)", async () => {
    const me = await createSignedInUser("annotator");
    const itemId = await createPredictedItem({ model });
    const results = await Promise.all(Array.from({ length: 5 }, () => answer(me, { itemId, action: "label", label: "neutral" })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await events(itemId)).toHaveLength(1);
  });

  it("422 names the field; 404 for an unknown item", async () => {
    const me = await createSignedInUser("annotator");
    const itemId = await createPredictedItem({ model });
    const cases: [Record<string, unknown>, string][] = [
      [{ itemId, action: "label" }, "label"],
      [{ itemId, action: "accept", label: "positive" }, "label"],
      [{ itemId, action: "skip", label: "neutral" }, "label"],
      [{ itemId, action: "label", label: "angry" }, "label"],
      [{ itemId, action: "maybe" }, "action"],
      [{ action: "skip" }, "itemId"],
      [{ itemId, action: "skip", durationMs: -1 }, "durationMs"],
      [{ itemId, action: "skip", searchId: "no-such-search" }, "searchId"],
    ];
    for (const [body, field] of cases) {
      const response = await answer(me, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(response.json.error.fields), JSON.stringify(body)).toEqual([field]);
    }
    expect((await answer(me, { itemId: "t3_nope", action: "skip" })).status).toBe(404);
    expect(await events(itemId)).toHaveLength(0);
  });

  it("409 when someone else has the item on their screen, or it already has k answers from others", async () => {
    const [me, other] = [await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const search = await createSearch();
    const claimed = await createPredictedItem({ model, searchId: search.id });
    await callRoute(getQueueRoute, { method: "GET", path: `/api/queue?searchId=${search.id}`, cookie: other.cookie });
    const onScreen = await answer(me, { itemId: claimed, action: "skip" });
    expect(onScreen.status).toBe(409);
    expect(onScreen.json.error).toMatchObject({ code: "conflict", reason: "claimed" });

    // `other` answers (which releases their claim): with overlap 1 the item is full for me, still open to changes by them.
    expect((await answer(other, { itemId: claimed, action: "off_topic" })).status).toBe(201);
    expect(await getClaimOwners([claimed])).toEqual([null]);
    const full = await answer(me, { itemId: claimed, action: "label", label: "neutral" });
    expect(full.status).toBe(409);
    expect(full.json.error.reason).toBe("full");
    expect((await answer(other, { itemId: claimed, action: "label", label: "neutral" })).status).toBe(200);
    await setOverlap(2);
    expect((await answer(me, { itemId: claimed, action: "label", label: "neutral" })).status).toBe(201);
  });

  it("the verdict follows the answers: majority, tie, and skips do not count", async () => {
    await setOverlap(3);
    const [a, b, c] = [await createSignedInUser("annotator"), await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const itemId = await createPredictedItem({ model });
    await answer(a, { itemId, action: "label", label: "positive" });
    expect((await answer(b, { itemId, action: "off_topic" })).json.verdict).toMatchObject({ tie: true, label: null, offTopic: false, disagreement: true, answers: 2 });
    expect((await answer(c, { itemId, action: "skip" })).json.verdict).toMatchObject({ tie: true, answers: 2 });
    expect((await answer(c, { itemId, action: "label", label: "positive" })).json.verdict).toMatchObject({
      tie: false, label: "positive", source: "majority", answers: 3, agreement: 2 / 3, disagreement: true,
    });
  });

  it("counts label, accept and off-topic answers towards the dataset threshold, not skips or repeats", async () => {
    await prisma.settings.update({ where: { id: 1 }, data: { datasetThreshold: 3 } });
    await prisma.datasetCounter.upsert({ where: { id: 1 }, create: { id: 1, pending: 0 }, update: { pending: 0 } });
    const before = await prisma.datasetBuildRequest.count();
    const me = await createSignedInUser("annotator");
    const [x, y] = [await createPredictedItem({ model }), await createPredictedItem({ model })];
    await answer(me, { itemId: x, action: "skip" });
    await answer(me, { itemId: x, action: "accept" });
    await answer(me, { itemId: x, action: "accept" });
    expect((await prisma.datasetCounter.findUniqueOrThrow({ where: { id: 1 } })).pending).toBe(1);
    await answer(me, { itemId: x, action: "label", label: "negative" });
    await answer(me, { itemId: y, action: "off_topic" });
    expect((await prisma.datasetCounter.findUniqueOrThrow({ where: { id: 1 } })).pending).toBe(0);
    expect(await prisma.datasetBuildRequest.count()).toBe(before + 1);
  });
});

describe("DELETE /api/corrections/:itemId", () => {
  it("undoes my answer, keeps the history, recomputes the verdict and claims the item for me again", async () => {
    await setOverlap(2);
    const [me, other] = [await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const itemId = await createPredictedItem({ model: createModel() });
    expect((await answer(me, { itemId, action: "label", label: "negative" })).status).toBe(201);
    expect((await answer(me, { itemId, action: "label", label: "neutral" })).status).toBe(200);
    const otherAnswer = await answer(other, { itemId, action: "label", label: "positive" });
    expect(otherAnswer.status, JSON.stringify(otherAnswer.json)).toBe(201);

    const undone = await undo(me, itemId);
    expect(undone.status).toBe(200);
    expect(undone.json).toMatchObject({ undone: { label: "neutral" }, verdict: { label: "positive", answers: 1, source: "single" }, claimed: true });
    expect(await getClaimOwners([itemId])).toEqual([me.id]);
    expect(await prisma.correction.findMany({ where: { itemId }, select: { annotatorId: true } })).toEqual([{ annotatorId: other.id }]);
    const history = (await events(itemId)).filter((e) => e.annotatorId === me.id).map((e) => [e.action, e.label]);
    expect(history).toEqual([["label", "negative"], ["label", "neutral"], ["undo", null]]);

    expect((await undo(me, itemId)).status).toBe(404);
    expect((await undo(other, itemId)).json.verdict).toMatchObject({ answers: 0, label: null, source: null });
    expect(await prisma.itemLabel.findUnique({ where: { itemId } })).toBeNull();
    expect((await undo(me, "t3_unknown")).status).toBe(404);
  });
});
