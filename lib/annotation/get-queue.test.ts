import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getQueueRoute } from "@/app/api/queue/route";
import { POST as postCorrection } from "@/app/api/corrections/route";
import { DELETE as releaseRoute, POST as renewRoute } from "@/app/api/queue/claims/route";
import { getQueue } from "@/lib/annotation/get-queue";
import { prisma } from "@/lib/db";
import { queueQuerySchema, type CorrectionResponse, type QueueResponse } from "@/lib/annotation/types";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";
import {
  addPrediction,
  callRoute,
  createModel,
  createPredictedItem,
  createPredictedItems,
  createSearch,
  setOverlap,
  type TestModel,
} from "@/test/helpers/annotation-fixtures";

// GET /api/queue on the real database and Redis: order, filters, what is left out, claims under concurrency.

const queue = async (account: TestAccount, params = "") =>
  callRoute(getQueueRoute, { method: "GET", path: `/api/queue?${params}`, cookie: account.cookie }) as Promise<{
    status: number;
    json: QueueResponse;
  }>;
const answer = (account: TestAccount, body: Record<string, unknown>) =>
  callRoute(postCorrection, { method: "POST", path: "/api/corrections", cookie: account.cookie, body: { durationMs: 1000, ...body } }) as Promise<{
    status: number;
    json: CorrectionResponse;
  }>;
const ids = (response: { json: QueueResponse }) => response.json.items.map((item) => item.itemId);
const p = (negative: number, neutral: number, positive: number) => ({ negative, neutral, positive });

describe("GET /api/queue", () => {
  let model: TestModel;
  afterAll(() => getSharedTcpConnection().quit());
  beforeEach(async () => {
    model = createModel();
    await setOverlap(1);
  });

  it("orders by the smallest margin between the two highest probabilities, current model version only", async () => {
    const me = await createSignedInUser("annotator");
    const search = await createSearch();
    // Confidence alone would put `x` (0.50) before `y` (0.60); the margin puts `y` (0.22) before `x` (0.25).
    const x = await createPredictedItem({ model, searchId: search.id, probabilities: p(0.25, 0.25, 0.5) });
    const sure = await createPredictedItem({ model, searchId: search.id, probabilities: p(0.05, 0.05, 0.9) });
    const y = await createPredictedItem({ model, searchId: search.id, probabilities: p(0.02, 0.38, 0.6) });
    const close = await createPredictedItem({ model, searchId: search.id, probabilities: p(0.3, 0.34, 0.36) });
    // An item only an older model predicted is not in the queue, however uncertain it was.
    const oldModel = createModel();
    const stale = await createPredictedItem({ model: oldModel, searchId: search.id, probabilities: p(0.33, 0.33, 0.34) });
    // Two versions predicted `twice`: it appears once, ranked by the current one (the most recent prediction's).
    const twice = await createPredictedItem({ model: oldModel, searchId: search.id, probabilities: p(0.34, 0.33, 0.33) });
    await addPrediction({ itemId: twice, model, probabilities: p(0.02, 0.03, 0.95) });

    const response = await queue(me, `searchId=${search.id}&limit=50`);
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual([close, y, x, sure, twice]);
    expect(ids(response)).not.toContain(stale);
    expect(ids(response).filter((id) => id === twice)).toHaveLength(1);
    expect(response.json.modelVersion).toBe(model.modelVersion);
  });

  it("filters by search, subreddit and model label; newest and random orders hold the same items", async () => {
    const me = await createSignedInUser("annotator");
    const [search, other] = [await createSearch("rust"), await createSearch("go")];
    const older = await createPredictedItem({ model, searchId: search.id, subreddit: "rust", createdUtc: new Date("2026-01-01"), probabilities: p(0.1, 0.2, 0.7) });
    const newer = await createPredictedItem({ model, searchId: search.id, subreddit: "rust", createdUtc: new Date("2026-06-01"), probabilities: p(0.1, 0.5, 0.4) });
    const elsewhere = await createPredictedItem({ model, searchId: search.id, subreddit: "golang", probabilities: p(0.1, 0.2, 0.7) });
    const otherSearch = await createPredictedItem({ model, searchId: other.id, subreddit: "rust" });

    expect(ids(await queue(me, `searchId=${search.id}&subreddit=r/Rust&order=newest`))).toEqual([newer, older]);
    expect(ids(await queue(me, `searchId=${search.id}&label=positive`)).sort()).toEqual([older, elsewhere].sort());
    const random = ids(await queue(me, `searchId=${search.id}&order=random`));
    expect(random.sort()).toEqual([older, newer, elsewhere].sort());
    expect(ids(await queue(me, `searchId=${other.id}`))).toEqual([otherSearch]);
  });

  it("422 names the bad query field", async () => {
    const me = await createSignedInUser("annotator");
    for (const [params, field] of [["order=best", "order"], ["limit=0", "limit"], ["label=angry", "label"]] as const) {
      const response = await queue(me, params);
      expect(response.status, params).toBe(422);
      expect(Object.keys((response.json as unknown as { error: { fields: object } }).error.fields)).toEqual([field]);
    }
  });

  it("gives the context of a comment, the keywords and the prediction", async () => {
    const me = await createSignedInUser("annotator");
    const search = await createSearch("Steam Deck");
    const post = await createPredictedItem({ model: createModel(), title: "Is the Steam Deck worth it?" });
    const parent = await createPredictedItem({ model: createModel(), kind: "comment", linkId: post, parentId: post });
    const comment = await createPredictedItem({
      model, searchId: search.id, kind: "comment", linkId: post, parentId: parent, probabilities: p(0.6, 0.3, 0.1),
    });
    const [item] = (await queue(me, `searchId=${search.id}`)).json.items;
    expect(item).toMatchObject({
      itemId: comment,
      kind: "comment",
      postTitle: "Is the Steam Deck worth it?",
      parentComment: { author: "someone", body: `body of ${parent}` },
      keywords: ["Steam Deck"],
      searchId: search.id,
      redditUrl: `https://www.reddit.com/r/SteamDeck/comments/${comment}/x/`,
      prediction: { label: "negative", confidence: 0.6, probabilities: p(0.6, 0.3, 0.1), modelVersion: model.modelVersion },
      myAnswer: null,
      answers: 0,
    });
    expect(item!.prediction.margin).toBeCloseTo(0.3, 10);
  });

  it("leaves out what I answered and what has k answers; my skips come back after all others", async () => {
    await setOverlap(2);
    const [me, other, third] = [await createSignedInUser("annotator"), await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const search = await createSearch();
    const items = [];
    for (const margin of [0.01, 0.02, 0.03, 0.04, 0.05]) {
      items.push(await createPredictedItem({ model, searchId: search.id, probabilities: p(0.2, 0.4 - margin / 2, 0.4 + margin / 2) }));
    }
    const [skipped, labelled, offTopic, full, untouched] = items;
    expect((await answer(me, { itemId: skipped, action: "skip" })).status).toBe(201);
    expect((await answer(me, { itemId: labelled, action: "label", label: "neutral" })).status).toBe(201);
    expect((await answer(me, { itemId: offTopic, action: "off_topic" })).status).toBe(201);
    expect((await answer(other, { itemId: full, action: "accept" })).status).toBe(201);
    expect((await answer(third, { itemId: full, action: "label", label: "negative" })).status).toBe(201);

    const response = await queue(me, `searchId=${search.id}`);
    expect(ids(response)).toEqual([untouched, skipped]);
    expect(response.json.items[1]!.myAnswer).toMatchObject({ action: "skip", label: null });
    expect(response.json.remaining).toBe(2);
    // For the other annotator, what I answered still waits (overlap 2); what they answered does not, nor what is on
    // my screen (the items my queue request just claimed).
    expect(ids(await queue(other, `searchId=${search.id}`))).toEqual([labelled, offTopic]);
  });

  it("an item on someone's screen is not given to anyone else until the claim expires or is released", async () => {
    const [a, b] = [await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const search = await createSearch();
    const [first, second] = [await createPredictedItem({ model, searchId: search.id, probabilities: p(0.3, 0.35, 0.35) }), await createPredictedItem({ model, searchId: search.id })];
    expect(ids(await queue(a, `searchId=${search.id}&limit=1`))).toEqual([first]);
    expect(ids(await queue(b, `searchId=${search.id}`))).toEqual([second]);
    // A reload gives the holder their items back; prefetch excludes the ones the screen already has.
    expect(ids(await queue(a, `searchId=${search.id}&limit=1`))).toEqual([first]);
    expect(ids(await queue(a, `searchId=${search.id}&exclude=${first}`))).toEqual([]);
    const release = await callRoute(releaseRoute, { method: "DELETE", path: "/api/queue/claims", cookie: a.cookie });
    expect(release).toEqual({ status: 200, json: { released: 1 } });
    expect(ids(await queue(b, `searchId=${search.id}`))).toEqual([first, second]);
  });

  it("an expired claim lets the item go to the next annotator", async () => {
    const [a, b] = [await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const search = await createSearch();
    const item = await createPredictedItem({ model, searchId: search.id });
    const query = queueQuerySchema.parse({ searchId: search.id });
    expect((await getQueue({ annotatorId: a.id, query, claimTtlMs: 200 })).items.map((i) => i.itemId)).toEqual([item]);
    expect(ids(await queue(b, `searchId=${search.id}`))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ids(await queue(b, `searchId=${search.id}`))).toEqual([item]);
    // The old holder's renewal now reports the item lost.
    const renewed = await callRoute(renewRoute, { method: "POST", path: "/api/queue/claims", cookie: a.cookie, body: { itemIds: [item] } });
    expect(renewed.json).toMatchObject({ mine: [], lost: [item] });
  });

  it("20 annotators asking at once with overlap 1 never get the same item", async () => {
    const search = await createSearch();
    await createPredictedItems(120, { model, searchId: search.id });
    const annotators = await Promise.all(Array.from({ length: 20 }, () => createSignedInUser("annotator")));
    const responses = await Promise.all(annotators.map((a) => queue(a, `searchId=${search.id}&limit=5`)));
    const given = responses.flatMap(ids);
    expect(responses.every((r) => r.status === 200 && r.json.items.length === 5)).toBe(true);
    expect(new Set(given).size).toBe(given.length);
  }, 120_000);

  it("overlap 2: annotators working through the queue at once leave every item with exactly two answers", async () => {
    await setOverlap(2);
    const search = await createSearch();
    const items = await createPredictedItems(12, { model, searchId: search.id });
    const annotators = await Promise.all(Array.from({ length: 5 }, () => createSignedInUser("annotator")));
    await Promise.all(
      annotators.map(async (annotator, n) => {
        for (;;) {
          const { items: batch, remaining } = (await queue(annotator, `searchId=${search.id}&limit=3`)).json;
          if (batch.length === 0 && remaining === 0) return;
          // Items still waiting for me may be on another screen for the moment: ask again shortly.
          if (batch.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
          for (const item of batch) {
            const saved = await answer(annotator, { itemId: item.itemId, action: "label", label: n % 2 ? "positive" : "negative" });
            expect([200, 201]).toContain(saved.status);
          }
        }
      }),
    );
    const counts = await prisma.correction.groupBy({ by: ["itemId"], where: { itemId: { in: items } }, _count: true });
    expect(counts).toHaveLength(items.length);
    expect(counts.every((c) => c._count === 2)).toBe(true);
    const labels = await prisma.itemLabel.findMany({ where: { itemId: { in: items } } });
    expect(labels.every((l) => l.answers === 2)).toBe(true);
  }, 120_000);
});
