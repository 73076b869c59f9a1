import { describe, expect, it } from "vitest";
import { assignSplits, type PlacedItem, type SplitCandidate } from "@/lib/datasets/assign-splits";
import type { LabelName } from "@/lib/datasets/types";

const RATIOS = { train: 0.8, validation: 0.1, test: 0.1 };
const LABELS: LabelName[] = ["negative", "neutral", "positive"];

// 3,000 items: threads of 1–4 items, every 7th item a near-duplicate of an item in another thread.
function corpus(): SplitCandidate[] {
  const items: SplitCandidate[] = [];
  let thread = 0;
  while (items.length < 3000) {
    const size = 1 + (thread % 4);
    for (let i = 0; i < size; i++) {
      const n = items.length;
      const textHash = n % 7 === 6 ? `hash-${n - 50}` : `hash-${n}`;
      items.push({ itemId: `item-${String(n).padStart(5, "0")}`, textHash, threadKey: `thread-${thread}`, label: LABELS[(n * 7919) % 3]! });
    }
    thread++;
  }
  return items;
}

function splitsBy(items: SplitCandidate[], assignments: Map<string, { split: string }>, key: "textHash" | "threadKey") {
  const seen = new Map<string, Set<string>>();
  for (const item of items) {
    const split = assignments.get(item.itemId)?.split;
    if (!split) continue;
    seen.set(item[key], (seen.get(item[key]) ?? new Set()).add(split));
  }
  return [...seen.values()].filter((splits) => splits.size > 1).length;
}

describe("assignSplits", () => {
  it("keeps near-duplicates and threads together and follows the ratios per label", () => {
    const items = corpus();
    const { assignments, heldOut } = assignSplits({ candidates: items, placed: [], ratios: RATIOS, seed: "42" });
    expect(heldOut).toEqual([]);
    expect(assignments.size).toBe(items.length);
    expect(splitsBy(items, assignments, "textHash")).toBe(0);
    expect(splitsBy(items, assignments, "threadKey")).toBe(0);
    for (const label of LABELS) {
      const ofLabel = items.filter((item) => item.label === label);
      const share = (split: string) => ofLabel.filter((item) => assignments.get(item.itemId)!.split === split).length / ofLabel.length;
      expect(share("train")).toBeCloseTo(0.8, 1);
      expect(share("validation")).toBeCloseTo(0.1, 1);
      expect(share("test")).toBeCloseTo(0.1, 1);
    }
  });

  it("is deterministic for a seed whatever the input order, and another seed gives another split", () => {
    const items = corpus();
    const a = assignSplits({ candidates: items, placed: [], ratios: RATIOS, seed: "42" }).assignments;
    const b = assignSplits({ candidates: [...items].reverse(), placed: [], ratios: RATIOS, seed: "42" }).assignments;
    const c = assignSplits({ candidates: items, placed: [], ratios: RATIOS, seed: "7" }).assignments;
    expect([...b].sort()).toEqual([...a].sort());
    expect(items.some((item) => a.get(item.itemId)!.split !== c.get(item.itemId)!.split)).toBe(true);
  });

  it("an earlier split is kept, and a new item joins the split of its near-duplicate or thread", () => {
    const placed: PlacedItem[] = [
      { itemId: "old-test", textHash: "h1", threadKey: "t1", split: "test", groupKey: "g:old-test" },
      { itemId: "old-train", textHash: "h2", threadKey: "t2", split: "train", groupKey: "g:old-train" },
    ];
    const candidates: SplitCandidate[] = [
      { itemId: "old-test", textHash: "h1", threadKey: "t1", label: "positive" },
      { itemId: "dup-of-test", textHash: "h1", threadKey: "t9", label: "negative" },
      { itemId: "reply-in-train-thread", textHash: "h8", threadKey: "t2", label: "neutral" },
    ];
    const { assignments } = assignSplits({ candidates, placed, ratios: RATIOS, seed: "42" });
    expect(assignments.get("old-test")).toEqual({ split: "test", groupKey: "g:old-test", isNew: false });
    expect(assignments.get("dup-of-test")).toEqual({ split: "test", groupKey: "g:old-test", isNew: true });
    expect(assignments.get("reply-in-train-thread")).toEqual({ split: "train", groupKey: "g:old-train", isNew: true });
  });

  it("holds out a new item that would join groups already placed in different splits", () => {
    const placed: PlacedItem[] = [
      { itemId: "in-test", textHash: "h1", threadKey: "t1", split: "test", groupKey: "g:in-test" },
      { itemId: "in-train", textHash: "h2", threadKey: "t2", split: "train", groupKey: "g:in-train" },
    ];
    const bridge: SplitCandidate = { itemId: "bridge", textHash: "h1", threadKey: "t2", label: "positive" };
    const { assignments, heldOut } = assignSplits({ candidates: [bridge], placed, ratios: RATIOS, seed: "42" });
    expect(heldOut).toEqual(["bridge"]);
    expect(assignments.has("bridge")).toBe(false);
  });
});
