import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFixtureModel } from "@/scripts/model/lib/write-fixture-model";
import { classifyTexts, type SentimentPrediction } from "@/lib/sentiment/classify-texts";
import { loadClassifier } from "@/lib/sentiment/load-classifier";

// The real transformers.js pipeline on tiny hand-weighted models written to a temp dir: outputs are computed by hand.
let root: string;
const THREE = ["negative", "neutral", "positive"];
const weights3 = { good: [0, 0, 4], bad: [4, 0, 0], "[CLS]": [0, 1.5, 0], the: [0, 0, 0], thread: [0, 0, 0] };

const softmax = (z: number[]) => {
  const e = z.map((v) => Math.exp(v - Math.max(...z)));
  return e.map((v) => v / e.reduce((a, b) => a + b, 0));
};
// logits of a text whose tokens are [CLS] + words + [SEP], with the fixture's weights
const expected = (weights: Record<string, number[]>, words: string[], classes: number) => {
  const tokens = ["[CLS]", ...words, "[SEP]"];
  const sum = new Array<number>(classes).fill(0);
  for (const t of tokens) (weights[t] ?? []).forEach((w, c) => (sum[c]! += w));
  return softmax(sum.map((s) => s / Math.sqrt(tokens.length)));
};

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "postmood-sentiment-"));
  writeFixtureModel({ dir: path.join(root, "fixture-three"), id2label: THREE, weights: weights3 });
  writeFixtureModel({
    dir: path.join(root, "fixture-two"),
    id2label: ["NEGATIVE", "POSITIVE"],
    weights: { good: [0, 3], bad: [3, 0] },
  });
  writeFixtureModel({
    dir: path.join(root, "fixture-five"),
    id2label: ["Very Negative", "Negative", "Neutral", "Positive", "Very Positive"],
    weights: { awful: [5, 2, 0, 0, 0], bad: [2, 4, 0, 0, 0], good: [0, 0, 0, 4, 2], "[CLS]": [0, 0, 1, 0, 0] },
  });
  // fresh folders in different parents, so the concurrency test loads them for the first time from two places
  for (const [copy, from] of [["a/fixture-two-again", "fixture-two"], ["b/fixture-five-again", "fixture-five"]] as const) {
    fs.cpSync(path.join(root, from), path.join(root, copy), { recursive: true });
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("classifyTexts on a 3-class fixture", () => {
  it("returns the exact probabilities the fixture weights give", async () => {
    const classifier = await loadClassifier({ model: path.join(root, "fixture-three"), fallback: false });
    const [good, bad, plain] = await classifyTexts({ texts: ["Good!", "bad", "the thread"], classifier });
    const [pNeg, pNeu, pPos] = expected(weights3, ["good", "!"], 3);
    expect(good!.label).toBe("positive");
    expect(good!.probabilities.negative).toBeCloseTo(pNeg!, 6);
    expect(good!.probabilities.neutral).toBeCloseTo(pNeu!, 6);
    expect(good!.probabilities.positive).toBeCloseTo(pPos!, 6);
    expect(good!.confidence).toBe(good!.probabilities.positive);
    expect(good!.rawScores).toEqual({ negative: good!.probabilities.negative, neutral: good!.probabilities.neutral, positive: good!.probabilities.positive });
    expect(bad!.label).toBe("negative");
    expect(bad!.confidence).toBeCloseTo(expected(weights3, ["bad"], 3)[0]!, 6);
    expect(plain!.label).toBe("neutral"); // no sentiment word: the [CLS] prior wins
    expect(plain!.confidence).toBeCloseTo(expected(weights3, ["the", "thread"], 3)[1]!, 6);
  });

  it("keeps the first 16 tokens (the tokenizer limit), [CLS] included and [SEP] cut", async () => {
    const classifier = await loadClassifier({ model: path.join(root, "fixture-three"), fallback: false });
    const words = [...new Array<string>(15).fill("x"), "bad", "bad", "bad"]; // the "bad"s fall past the limit
    const [cut] = await classifyTexts({ texts: [words.join(" ")], classifier });
    expect(cut!.label).toBe("neutral");
    const kept = softmax([0, 1.5 / Math.sqrt(16), 0]); // [CLS] + 15 x, no [SEP]
    expect(cut!.confidence).toBeCloseTo(kept[1]!, 6);
  });

  it("gives the same results in batches as one text at a time", async () => {
    const classifier = await loadClassifier({ model: path.join(root, "fixture-three"), fallback: false });
    const texts = ["good", "bad bad good", "", "a much longer text that is not good or bad at all, really", "bad!"];
    const batched = await classifyTexts({ texts, classifier, batchSize: 4 });
    const single: SentimentPrediction[] = [];
    for (const text of texts) single.push(...(await classifyTexts({ texts: [text], classifier, batchSize: 1 })));
    expect(batched.map((p) => p.label)).toEqual(single.map((p) => p.label));
    batched.forEach((p, i) => {
      for (const label of THREE) {
        const key = label as keyof typeof p.probabilities;
        expect(p.probabilities[key]).toBeCloseTo(single[i]!.probabilities[key], 6);
      }
    });
  });

  it("shares one pipeline per model and records the folder name and a file hash", async () => {
    const a = await loadClassifier({ model: path.join(root, "fixture-three"), fallback: false });
    const b = await loadClassifier({ model: path.join(root, "fixture-three"), fallback: false });
    expect(a).toBe(b);
    expect(a.modelId).toBe("fixture-three");
    expect(a.modelVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(a.maxTokens).toBe(16);
  });
});

describe("loading", () => {
  it("loads two models at once without mixing up their files", async () => {
    const [two, five] = await Promise.all([
      loadClassifier({ model: path.join(root, "a", "fixture-two-again"), fallback: false }),
      loadClassifier({ model: path.join(root, "b", "fixture-five-again"), fallback: false }),
    ]);
    expect(Object.keys(two.mapping)).toEqual(["NEGATIVE", "POSITIVE"]);
    expect(Object.keys(five.mapping)).toHaveLength(5);
    const [a] = await classifyTexts({ texts: ["good"], classifier: two });
    const [b] = await classifyTexts({ texts: ["good"], classifier: five });
    expect(Object.keys(a!.rawScores)).toHaveLength(2);
    expect(Object.keys(b!.rawScores)).toHaveLength(5);
  });
});

describe("hub models", () => {
  it("are read from the download cache (MODEL_CACHE_DIR/<org>/<name>) and versioned by its files", async () => {
    // what a finished download leaves behind; a cache hit needs no network
    const cacheDir = path.join(root, "hub-cache");
    fs.cpSync(path.join(root, "fixture-three"), path.join(cacheDir, "acme", "sentiment-three"), { recursive: true });
    const hub = await loadClassifier({ model: "acme/sentiment-three", cacheDir, fallback: false });
    const local = await loadClassifier({ model: path.join(root, "fixture-three"), fallback: false });
    expect(hub).not.toBe(local);
    expect(hub.modelId).toBe("acme/sentiment-three");
    expect(hub.modelVersion).toBe(local.modelVersion); // same files, same version
    const [p] = await classifyTexts({ texts: ["good"], classifier: hub });
    expect(p!.label).toBe("positive");
  });
});

describe("label mapping through the real pipeline", () => {
  it("2-class models never predict neutral", async () => {
    const classifier = await loadClassifier({ model: path.join(root, "fixture-two"), fallback: false });
    const [good, plain] = await classifyTexts({ texts: ["good", "the thread"], classifier });
    const [pNeg, pPos] = expected({ good: [0, 3] }, ["good"], 2);
    expect(good).toMatchObject({ label: "positive", probabilities: { neutral: 0 } });
    expect(good!.probabilities.negative).toBeCloseTo(pNeg!, 6);
    expect(good!.probabilities.positive).toBeCloseTo(pPos!, 6);
    expect(plain!.probabilities).toEqual({ negative: 0.5, neutral: 0, positive: 0.5 });
    expect(plain!.label).toBe("negative"); // a tie goes to the first class, deterministically
  });

  it("5-class models fold very negative/negative and positive/very positive", async () => {
    const classifier = await loadClassifier({ model: path.join(root, "fixture-five"), fallback: false });
    const [awful] = await classifyTexts({ texts: ["awful"], classifier });
    const p = expected({ awful: [5, 2, 0, 0, 0], "[CLS]": [0, 0, 1, 0, 0] }, ["awful"], 5);
    expect(awful!.label).toBe("negative");
    expect(awful!.probabilities.negative).toBeCloseTo(p[0]! + p[1]!, 6);
    expect(awful!.probabilities.neutral).toBeCloseTo(p[2]!, 6);
    expect(awful!.probabilities.positive).toBeCloseTo(p[3]! + p[4]!, 6);
    expect(Object.keys(awful!.rawScores)).toHaveLength(5);
  });
});

describe("missing models", () => {
  it("fails with a clear error when fallback is off", async () => {
    await expect(loadClassifier({ model: path.join(root, "no-such-model"), fallback: false })).rejects.toThrow(
      /no-such-model" is missing or incomplete \(no config\.json\)/,
    );
  });

  it("falls back to the embedded model when allowed", async () => {
    const classifier = await loadClassifier({ model: path.join(root, "no-such-model"), fallback: true });
    expect(classifier.modelId).toBe("postmood-sentiment");
  });
});
