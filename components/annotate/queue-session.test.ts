import { describe, expect, it } from "vitest";
import { initialSession, lastAnsweredEntry, sessionReducer, unansweredAhead, type SessionAction, type SessionState } from "@/components/annotate/queue-session";
import type { QueueItem } from "@/lib/annotation/types";

function item(id: string): QueueItem {
  return {
    itemId: id,
    kind: "post",
    subreddit: "rust",
    author: "a",
    title: `title ${id}`,
    body: "",
    score: 1,
    createdUtc: "2026-11-01T00:00:00.000Z",
    permalink: null,
    url: null,
    redditUrl: null,
    postTitle: null,
    parentComment: null,
    searchId: "s1",
    keywords: ["rust"],
    prediction: { id: `p-${id}`, label: "positive", confidence: 0.5, probabilities: { negative: 0.2, neutral: 0.3, positive: 0.5 }, margin: 0.2, modelId: "m", modelVersion: "v" },
    myAnswer: null,
    answers: 0,
    claimExpiresAt: "2026-11-01T00:01:00.000Z",
  };
}

const run = (actions: SessionAction[], from: SessionState = initialSession) => actions.reduce(sessionReducer, from);
const label = (index: number, value: "negative" | "neutral" | "positive" = "negative"): SessionAction => ({
  type: "answer",
  index,
  answer: { action: "label", label: value, accepted: false },
});
const ids = (state: SessionState) => state.entries.map((e) => e.item.itemId);

describe("the annotation session", () => {
  it("advances to the next unanswered item at once and keeps the answer while it saves", () => {
    const state = run([{ type: "batchLoaded", items: [item("a"), item("b"), item("c")], remaining: 10 }, label(0)]);
    expect(state.cursor).toBe(1);
    expect(state.entries[0]).toMatchObject({ save: "saving", answeredSeq: 1, answer: { label: "negative" } });
    expect(unansweredAhead(state)).toBe(2);
    expect(state.exhausted).toBe(false);
  });

  it("puts an item whose save failed back on screen, unanswered, with the message", () => {
    const state = run([{ type: "batchLoaded", items: [item("a"), item("b")], remaining: 2 }, label(0), { type: "saveFailed", itemId: "a", seq: 1, text: "Not saved", gone: false }]);
    expect(state.cursor).toBe(0);
    expect(state.entries[0]).toMatchObject({ answer: null, save: "failed" });
    expect(state.notice).toMatchObject({ kind: "error", text: "Not saved" });
    expect(state.exhausted).toBe(true);
  });

  it("drops an item taken by someone else (409) and keeps the cursor on the item that was on screen", () => {
    const state = run([
      { type: "batchLoaded", items: [item("a"), item("b"), item("c")], remaining: 3 },
      label(0),
      { type: "saveFailed", itemId: "a", seq: 1, text: "taken", gone: true },
    ]);
    expect(ids(state)).toEqual(["b", "c"]);
    expect(state.entries[state.cursor]!.item.itemId).toBe("b");
  });

  it("ignores the outcome of a save that an answer given since has overtaken", () => {
    const loaded = run([{ type: "batchLoaded", items: [item("a"), item("b")], remaining: 2 }, label(0), { type: "move", delta: -1 }, label(0, "positive")]);
    const stale = run([{ type: "saveSucceeded", itemId: "a", seq: 1, text: "Saved" }, { type: "saveFailed", itemId: "a", seq: 1, text: "old", gone: false }], loaded);
    expect(stale.entries[0]).toMatchObject({ save: "saving", answer: { label: "positive" } });
    const state = sessionReducer(stale, { type: "saveSucceeded", itemId: "a", seq: 2, text: "Saved" });
    expect(state.entries[0]).toMatchObject({ save: "saved", answer: { label: "positive" } });
  });

  it("undoes the most recent answer, not the last in the list, and shows that item again", () => {
    const state = run([
      { type: "batchLoaded", items: [item("a"), item("b"), item("c")], remaining: 3 },
      label(0),
      label(1),
      { type: "move", delta: -2 },
      label(0, "positive"), // changing a: now the most recent answer
    ]);
    expect(lastAnsweredEntry(state)!.item.itemId).toBe("a");
    const undone = sessionReducer(state, { type: "undo" });
    expect(undone.cursor).toBe(0);
    expect(undone.entries[0]!.answer).toBeNull();
    expect(undone.entries[1]!.answer).not.toBeNull();
    expect(sessionReducer(initialSession, { type: "undo" }).notice?.text).toBe("Nothing to undo.");
  });

  it("brings a skipped item back at the end when the server serves it again", () => {
    const state = run([
      { type: "batchLoaded", items: [item("a"), item("b")], remaining: 5 },
      { type: "answer", index: 0, answer: { action: "skip", label: null, accepted: false } },
      { type: "batchLoaded", items: [item("b"), item("a")], remaining: 2 },
    ]);
    expect(ids(state)).toEqual(["b", "a"]);
    expect(state.entries[1]!.answer).toBeNull();
    expect(state.entries[state.cursor]!.item.itemId).toBe("b");
  });

  it("shows the first new item when the batch arrives while waiting at the end", () => {
    const waiting = run([{ type: "batchLoaded", items: [item("a")], remaining: 5 }, label(0)]);
    expect(waiting.cursor).toBe(1);
    const state = sessionReducer(waiting, { type: "batchLoaded", items: [item("b")], remaining: 4 });
    expect(state.entries[state.cursor]!.item.itemId).toBe("b");
  });

  it("drops unanswered items whose claim was lost, never answered ones", () => {
    const state = run([
      { type: "batchLoaded", items: [item("a"), item("b"), item("c")], remaining: 3 },
      label(0),
      { type: "claimsLost", itemIds: ["a", "c"] },
    ]);
    expect(ids(state)).toEqual(["a", "b"]);
    expect(state.entries[state.cursor]!.item.itemId).toBe("b");
  });
});
