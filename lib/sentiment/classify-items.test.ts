import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { writeFixtureModel } from "@/scripts/model/lib/write-fixture-model";
import { classifyItems } from "@/lib/sentiment/classify-items";
import { loadClassifier, type Classifier } from "@/lib/sentiment/load-classifier";

// Integration test on the real test database: predictions are written once per item and model version.
const prefix = `t3_sentiment_${process.pid}_${Date.now()}_`;
const ids = [0, 1, 2].map((i) => `${prefix}${i}`);
let root: string;
let classifier: Classifier;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "postmood-items-"));
  writeFixtureModel({
    dir: path.join(root, "fixture-items"),
    id2label: ["negative", "neutral", "positive"],
    weights: { good: [0, 0, 4], bad: [4, 0, 0], "[CLS]": [0, 1.5, 0] },
  });
  classifier = await loadClassifier({ model: path.join(root, "fixture-items"), fallback: false });
  const texts = [
    { title: "Good news", body: "good good" },
    { title: null, body: "bad" },
    { title: "Release notes", body: "" },
  ];
  await prisma.redditItem.createMany({
    data: texts.map((t, i) => ({
      id: ids[i]!,
      kind: t.title ? ("post" as const) : ("comment" as const),
      subreddit: "test",
      title: t.title,
      body: t.body,
      createdUtc: new Date("2026-01-01T00:00:00Z"),
      normalizedText: `${t.title ?? ""} ${t.body}`.trim().toLowerCase(),
      textHash: `hash-${ids[i]}`,
      source: "reddit" as const,
      raw: {},
    })),
  });
});

afterAll(async () => {
  await prisma.redditItem.deleteMany({ where: { id: { startsWith: prefix } } }); // predictions cascade
  fs.rmSync(root, { recursive: true, force: true });
});

describe("classifyItems", () => {
  it("classifies items without a prediction for the model version, once", async () => {
    expect(await classifyItems({ itemIds: ids.slice(0, 2), classifier })).toBe(2);
    // the third is new; the first two already have a prediction for this version
    expect(await classifyItems({ itemIds: [...ids, ids[0]!, `${prefix}missing`], classifier, chunkSize: 2 })).toBe(1);
    expect(await classifyItems({ itemIds: ids, classifier })).toBe(0);

    const rows = await prisma.prediction.findMany({ where: { itemId: { in: ids } }, orderBy: { itemId: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.label)).toEqual(["positive", "negative", "neutral"]);
    for (const row of rows) {
      expect(row.modelId).toBe("fixture-items");
      expect(row.modelVersion).toBe(classifier.modelVersion);
      const p = row.probabilities as Record<string, number>;
      expect(p.negative! + p.neutral! + p.positive!).toBeCloseTo(1, 6);
      expect(row.confidence).toBe(p[row.label]);
      expect(Object.keys(row.rawScores as object).sort()).toEqual(["negative", "neutral", "positive"]);
    }
  });

  it("writes nothing twice when runs race", async () => {
    await prisma.prediction.deleteMany({ where: { itemId: { in: ids } } });
    const counts = await Promise.all([classifyItems({ itemIds: ids, classifier }), classifyItems({ itemIds: ids, classifier })]);
    expect(counts[0]! + counts[1]!).toBe(3);
    expect(await prisma.prediction.count({ where: { itemId: { in: ids } } })).toBe(3);
  });

  it("classifies again under a new model version", async () => {
    const retrained = { ...classifier, modelVersion: "0000000000000000" };
    expect(await classifyItems({ itemIds: ids, classifier: retrained })).toBe(3);
    expect(await prisma.prediction.count({ where: { itemId: { in: ids } } })).toBe(6);
  });
});
