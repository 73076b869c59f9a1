import { describe, expect, it } from "vitest";
import { foldScores } from "@/lib/sentiment/fold-scores";
import { resolveLabelMapping } from "@/lib/sentiment/resolve-label-mapping";

describe("resolveLabelMapping", () => {
  it("uses the explicit table for known models (3 classes as LABEL_n)", () => {
    const mapping = resolveLabelMapping({
      modelId: "Xenova/twitter-roberta-base-sentiment",
      id2label: { 0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2" },
    });
    expect(mapping).toEqual({ LABEL_0: "negative", LABEL_1: "neutral", LABEL_2: "positive" });
  });

  it("maps 2-class models without a neutral", () => {
    const mapping = resolveLabelMapping({ modelId: "Xenova/distilbert-base-uncased-finetuned-sst-2-english", id2label: { 0: "NEGATIVE", 1: "POSITIVE" } });
    const folded = foldScores({ rawScores: { NEGATIVE: 0.3, POSITIVE: 0.7 }, mapping });
    expect(folded).toMatchObject({ label: "positive", confidence: 0.7, probabilities: { negative: 0.3, neutral: 0, positive: 0.7 } });
  });

  it("folds 5-class models (star ratings) into three", () => {
    const mapping = resolveLabelMapping({
      modelId: "some/stars-model",
      id2label: { 0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars" },
    });
    const folded = foldScores({ rawScores: { "1 star": 0.25, "2 stars": 0.2, "3 stars": 0.3, "4 stars": 0.15, "5 stars": 0.1 }, mapping });
    expect(folded.label).toBe("negative"); // 0.45 beats the single largest raw class ("3 stars", 0.3)
    expect(folded.probabilities.negative).toBeCloseTo(0.45, 12);
    expect(folded.probabilities.neutral).toBeCloseTo(0.3, 12);
    expect(folded.probabilities.positive).toBeCloseTo(0.25, 12);
  });

  it("refuses labels it cannot place instead of guessing", () => {
    expect(() => resolveLabelMapping({ modelId: "x/emotions", id2label: { 0: "joy", 1: "anger" } })).toThrow(
      /No sentiment mapping for label "joy" of model "x\/emotions"/,
    );
    expect(() => resolveLabelMapping({ modelId: "x/only-neutral", id2label: { 0: "neutral", 1: "positive" } })).toThrow(
      /needs at least a negative and a positive label/,
    );
  });
});
