import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyTexts } from "@/lib/sentiment/classify-texts";
import { loadClassifier } from "@/lib/sentiment/load-classifier";
import type { SentimentLabel } from "@/lib/sentiment/labels";
import { buildModel } from "./build-model";
import { linearLogits, softmaxInPlace } from "./train-linear";

// A small in-test corpus (no dataset needed): sentences built from fixed word lists, with negations and emoji.
function corpus() {
  const pos = ["love", "great", "awesome", "thanks", "happy"];
  const neg = ["hate", "awful", "terrible", "sad", "angry"];
  const subjects = ["this thread", "the game", "your post", "that song", "my day"];
  const rows: { id: string; text: string; label: SentimentLabel }[] = [];
  subjects.forEach((s, i) => {
    pos.forEach((w, j) => {
      rows.push({ id: `p${i}${j}`, text: `I ${w} ${s}!`, label: "positive" });
      rows.push({ id: `n${i}${j}`, text: `${s} is ${neg[j]}, not ${w} at all 😡`, label: "negative" });
      rows.push({ id: `u${i}${j}`, text: `What time is ${s} on? https://example.com/${j}`, label: "neutral" });
    });
  });
  return rows;
}

const settings = { maxWords: 500, maxLength: 32, buckets: 1024, iterations: 40, trigrams: true, holdoutShare: 0.2 };
let root: string;
beforeAll(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), "postmood-build-"))));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("buildModel", () => {
  it("is deterministic: same rows and settings, byte-identical files", () => {
    const a = buildModel({ rows: corpus(), outDir: path.join(root, "a"), name: "tiny", settings });
    const b = buildModel({ rows: corpus(), outDir: path.join(root, "b"), name: "tiny", settings });
    expect(Object.keys(a.manifest.files).sort()).toEqual([
      "config.json", "onnx/model.onnx", "onnx/model_quantized.onnx", "tokenizer.json", "tokenizer_config.json",
    ]);
    for (const file of [...Object.keys(a.manifest.files), "manifest.json"]) {
      expect(fs.readFileSync(path.join(root, "b", file)).equals(fs.readFileSync(path.join(root, "a", file))), file).toBe(true);
    }
    expect(b.manifest).toEqual(a.manifest);
  });

  it("writes a graph that computes what the trainer computed (fp32), and a q8 graph close to it", async () => {
    const built = buildModel({ rows: corpus(), outDir: path.join(root, "graph"), name: "tiny", settings });
    const texts = [
      "I love this thread!",
      "the game is not great, awful 😡 really",
      "no. great",
      "I don't hate your post",
      "",
      "What time is it? https://example.com/x u/someone /s",
      "a word the model never saw, repeated: zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra",
    ];
    for (const dtype of ["fp32", "q8"] as const) {
      const classifier = await loadClassifier({ model: path.join(root, "graph"), dtype, fallback: false });
      const batched = await classifyTexts({ texts, classifier, batchSize: 4 });
      texts.forEach((text, i) => {
        const z = softmaxInPlace(linearLogits({ model: built.model, row: built.featurizeText(text), out: new Float64Array(3) }));
        const p = batched[i]!.probabilities;
        // log-probabilities: a saturated softmax would hide differences in the logits
        const [digits, got] = dtype === "fp32" ? [4, Math.log] : [1, (x: number) => x]; // int8 weights are coarser
        const want = dtype === "fp32" ? [...z].map(Math.log) : [...z];
        expect(got(p.negative), `${dtype} ${text}`).toBeCloseTo(want[0]!, digits);
        expect(got(p.neutral), `${dtype} ${text}`).toBeCloseTo(want[1]!, digits);
        expect(got(p.positive), `${dtype} ${text}`).toBeCloseTo(want[2]!, digits);
      });
    }
  });
});
