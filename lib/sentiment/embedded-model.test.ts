import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyTexts } from "@/lib/sentiment/classify-texts";
import { loadClassifier } from "@/lib/sentiment/load-classifier";
import { EMBEDDED_MODEL_DIR } from "@/lib/sentiment/resolve-model-source";

// The committed model folder is exactly what `npm run model:build` wrote (its manifest), and it loads and works.
describe("embedded model", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EMBEDDED_MODEL_DIR, "manifest.json"), "utf8")) as {
    files: Record<string, string>;
  };

  it("has the files its manifest records, byte for byte", () => {
    expect(Object.keys(manifest.files).sort()).toEqual([
      "config.json", "onnx/model.onnx", "onnx/model_quantized.onnx", "tokenizer.json", "tokenizer_config.json",
    ]);
    for (const [file, sha256] of Object.entries(manifest.files)) {
      const actual = createHash("sha256").update(fs.readFileSync(path.join(EMBEDDED_MODEL_DIR, file))).digest("hex");
      expect(actual, file).toBe(sha256);
    }
  });

  it("is what loads when no model is configured, and reads sentiment in both dtypes", async () => {
    for (const dtype of ["fp32", "q8"] as const) {
      const classifier = await loadClassifier({ dtype, fallback: false });
      expect(classifier.modelId).toBe("postmood-sentiment");
      const [pos, neg, neu] = await classifyTexts({
        texts: ["Thank you so much, I love this community!", "This is awful, I hate it.", "What time does the game start?"],
        classifier,
      });
      expect([pos!.label, neg!.label, neu!.label]).toEqual(["positive", "negative", "neutral"]);
    }
  });
});
