import { describe, expect, it } from "vitest";
import { computeVerdict, type VerdictAnswer } from "@/lib/annotation/compute-verdict";

const label = (value: "negative" | "neutral" | "positive"): VerdictAnswer => ({ action: "label", label: value });
const offTopic: VerdictAnswer = { action: "off_topic", label: null };
const skip: VerdictAnswer = { action: "skip", label: null };

describe("computeVerdict", () => {
  it("no counted answer and no settlement: no verdict (skips are not answers)", () => {
    expect(computeVerdict({ answers: [], settlement: null })).toBeNull();
    expect(computeVerdict({ answers: [skip, skip], settlement: null })).toBeNull();
  });

  it("one answer is a single-source verdict", () => {
    expect(computeVerdict({ answers: [label("positive"), skip], settlement: null })).toEqual({
      label: "positive", offTopic: false, tie: false, disagreement: false, source: "single", answers: 1, agreement: 1,
    });
  });

  it("the majority wins and the disagreement is recorded", () => {
    expect(computeVerdict({ answers: [label("negative"), label("neutral"), label("negative")], settlement: null })).toEqual({
      label: "negative", offTopic: false, tie: false, disagreement: true, source: "majority", answers: 3, agreement: 2 / 3,
    });
  });

  it("off-topic can be the majority", () => {
    expect(computeVerdict({ answers: [offTopic, offTopic, label("positive")], settlement: null })).toMatchObject({
      label: null, offTopic: true, tie: false, source: "majority", answers: 3,
    });
  });

  it("a shared top count is a tie: no label, not off-topic", () => {
    expect(computeVerdict({ answers: [label("positive"), offTopic], settlement: null })).toEqual({
      label: null, offTopic: false, tie: true, disagreement: true, source: null, answers: 2, agreement: 0.5,
    });
  });

  it("a settlement wins over the majority and ends the tie", () => {
    const answers = [label("negative"), label("negative"), label("positive")];
    expect(computeVerdict({ answers, settlement: { action: "label", label: "positive" } })).toEqual({
      label: "positive", offTopic: false, tie: false, disagreement: true, source: "settled", answers: 3, agreement: 1 / 3,
    });
    expect(computeVerdict({ answers: [label("positive"), offTopic], settlement: { action: "off_topic", label: null } })).toMatchObject({
      label: null, offTopic: true, tie: false, source: "settled",
    });
  });

  it("a settlement without answers still gives a verdict", () => {
    expect(computeVerdict({ answers: [], settlement: { action: "label", label: "neutral" } })).toMatchObject({
      label: "neutral", source: "settled", answers: 0, agreement: null,
    });
  });
});
