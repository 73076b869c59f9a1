import { afterAll, describe, expect, it } from "vitest";
import { GET as statsRoute } from "@/app/api/annotation/stats/route";
import { POST as postCorrection } from "@/app/api/corrections/route";
import { cohenKappa } from "@/lib/agreement/cohen-kappa";
import type { StatsResponse } from "@/lib/annotation/types";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";
import { callRoute, createModel, createPredictedItem, setOverlap } from "@/test/helpers/annotation-fixtures";

// GET /api/annotation/stats on the real database: my figures, and an admin's view of every annotator and agreement.

const answer = (account: TestAccount, body: Record<string, unknown>) =>
  callRoute(postCorrection, { method: "POST", path: "/api/corrections", cookie: account.cookie, body });
const stats = async (account: TestAccount) =>
  (await callRoute(statsRoute, { method: "GET", path: "/api/annotation/stats", cookie: account.cookie })).json as StatsResponse;

describe("GET /api/annotation/stats", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("gives me today, total, agreement with the model and pace; an admin also gets every annotator, kappa and alpha", async () => {
    await setOverlap(2);
    const [admin, a, b] = [await createSignedInUser("admin"), await createSignedInUser("annotator"), await createSignedInUser("annotator")];
    const model = createModel();
    const probabilities = { negative: 0.1, neutral: 0.2, positive: 0.7 }; // the model says positive
    const items = [];
    for (let i = 0; i < 4; i++) items.push(await createPredictedItem({ model, probabilities }));
    const aAnswers = ["positive", "positive", "negative", "neutral"] as const;
    const bAnswers = ["positive", "negative", "negative", "neutral"] as const;
    for (const [i, itemId] of items.entries()) {
      await answer(a, { itemId, action: "label", label: aAnswers[i], durationMs: [2000, 4000, 6000, 8000][i] });
      await answer(b, { itemId, action: "label", label: bAnswers[i], durationMs: 3000 });
    }
    const extra = await createPredictedItem({ model, probabilities });
    await answer(a, { itemId: extra, action: "skip", durationMs: 0 });

    const mine = await stats(a);
    expect(mine.team).toBeNull();
    expect(mine.me).toEqual({
      today: 5,
      total: 5,
      labelled: 4,
      skipped: 1,
      offTopic: 0,
      agreementWithModel: 0.5, // two of four label answers equal the model's positive
      pace: { answersPerHour: 3600 / 5, medianSecondsPerItem: 5 }, // mean and median of 2, 4, 6, 8 s (the 0 is unmeasured)
    });

    const team = (await stats(admin)).team!;
    expect(team.annotators.find((x) => x.annotator.id === b.id)).toMatchObject({ total: 4, labelled: 4, agreementWithModel: 0.25 });
    const pair = team.pairs.find((x) => [x.a.id, x.b.id].sort().join() === [a.id, b.id].sort().join())!;
    const expected = cohenKappa(aAnswers.map((value, i) => [value, bAnswers[i]!] as [string, string]));
    expect(pair).toMatchObject({ items: 4, observedAgreement: 0.75, kappa: expected.kappa });
    expect(pair.kappa).toBeCloseTo((0.75 - 5 / 16) / (1 - 5 / 16), 12);
    expect(team.alpha).not.toBeNull();
    expect(team.alphaItems).toBeGreaterThanOrEqual(4);
    expect(team.categories).toEqual(["negative", "neutral", "positive", "off_topic"]);
    await setOverlap(1);
  });
});
