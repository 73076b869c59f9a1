import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getQueueRoute } from "@/app/api/queue/route";
import { POST as postCorrection } from "@/app/api/corrections/route";
import { prisma } from "@/lib/db";
import type { CorrectionResponse, QueueResponse } from "@/lib/annotation/types";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";
import {
  addPrediction,
  callRoute,
  createModel,
  createPredictedItem,
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
});
