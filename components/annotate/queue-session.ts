import type { QueueItem, Sentiment } from "@/lib/annotation/types";

// The annotation screen's state, as a pure reducer (unit-tested in queue-session.test.ts): the claimed items in the
// order they were served, my answers on them, and which one is on screen. Answers are optimistic: the cursor moves
// at once and the save's outcome arrives later as its own action.

export type LocalAnswer = { action: "label" | "skip" | "off_topic"; label: Sentiment | null; accepted: boolean };
export type SaveState = "idle" | "saving" | "saved" | "failed";

export type Entry = {
  item: QueueItem;
  answer: LocalAnswer | null;
  save: SaveState;
  answeredSeq: number | null; // when it was answered (undo takes the highest); matches a save to its request
};

export type Notice = { kind: "saved" | "error" | "info"; text: string; id: number };

export type SessionState = {
  entries: Entry[];
  cursor: number; // index into entries; entries.length means "waiting for more"
  exhausted: boolean; // the server had nothing beyond what we hold
  seq: number;
  notice: Notice | null;
};

export type SessionAction =
  | { type: "reset" }
  | { type: "batchLoaded"; items: QueueItem[]; remaining: number }
  | { type: "answer"; index: number; answer: LocalAnswer }
  | { type: "saveSucceeded"; itemId: string; seq: number; text: string }
  | { type: "saveFailed"; itemId: string; seq: number; text: string; gone: boolean }
  | { type: "undo" }
  | { type: "undoFailed"; itemId: string; answer: LocalAnswer; text: string }
  | { type: "move"; delta: number }
  | { type: "claimsLost"; itemIds: string[] }
  | { type: "notice"; kind: Notice["kind"]; text: string };

export const initialSession: SessionState = { entries: [], cursor: 0, exhausted: false, seq: 0, notice: null };

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "reset":
      return initialSession;
    case "batchLoaded":
      return addBatch(state, action.items, action.remaining);
    case "answer": {
      const entry = state.entries[action.index];
      if (!entry) return state;
      const seq = state.seq + 1;
      const entries = replaceAt(state.entries, action.index, { ...entry, answer: action.answer, save: "saving", answeredSeq: seq });
      return { ...state, entries, seq, cursor: nextUnanswered(entries, action.index) };
    }
    case "saveSucceeded": {
      const index = findIndex(state, action.itemId);
      const entry = state.entries[index];
      if (!entry || entry.answeredSeq !== action.seq) return state; // answered again (or undone) since
      return { ...state, entries: replaceAt(state.entries, index, { ...entry, save: "saved" }), notice: notice(state, "saved", action.text) };
    }
    case "saveFailed": {
      const index = findIndex(state, action.itemId);
      const entry = state.entries[index];
      if (!entry || entry.answeredSeq !== action.seq) return state;
      if (action.gone) {
        // Claimed by someone else or already answered by enough people: it cannot come back.
        const entries = state.entries.filter((_, i) => i !== index);
        return { ...state, entries, cursor: shiftCursor(state.cursor, index), notice: notice(state, "error", action.text) };
      }
      // Put the item back on screen, unanswered, with the message: pressing a key again retries.
      const entries = replaceAt(state.entries, index, { ...entry, answer: null, save: "failed", answeredSeq: null });
      return { ...state, entries, cursor: index, notice: notice(state, "error", action.text) };
    }
    case "undo": {
      const index = lastAnswered(state.entries);
      const entry = state.entries[index];
      if (!entry) return { ...state, notice: notice(state, "info", "Nothing to undo.") };
      const entries = replaceAt(state.entries, index, { ...entry, answer: null, save: "idle", answeredSeq: null });
      return { ...state, entries, cursor: index };
    }
    case "undoFailed": {
      const index = findIndex(state, action.itemId);
      const entry = state.entries[index];
      if (!entry || entry.answer) return { ...state, notice: notice(state, "error", action.text) };
      const seq = state.seq + 1;
      const entries = replaceAt(state.entries, index, { ...entry, answer: action.answer, save: "saved", answeredSeq: seq });
      return { ...state, entries, seq, notice: notice(state, "error", action.text) };
    }
    case "move": {
      const last = Math.max(0, state.entries.length - 1);
      const cursor = Math.min(Math.max(state.cursor + action.delta, 0), last);
      return cursor === state.cursor ? state : { ...state, cursor };
    }
    case "claimsLost": {
      const lost = new Set(action.itemIds);
      const dropped = state.entries.map((entry, i) => (!entry.answer && lost.has(entry.item.itemId) ? i : -1)).filter((i) => i >= 0);
      if (dropped.length === 0) return state;
      const entries = state.entries.filter((_, i) => !dropped.includes(i));
      const cursor = dropped.reduceRight((cursor, index) => shiftCursor(cursor, index), state.cursor);
      const text = dropped.length === 1 ? "An item's claim expired; it went back to the queue." : `${dropped.length} items' claims expired; they went back to the queue.`;
      return { ...state, entries, cursor, notice: notice(state, "info", text) };
    }
    case "notice":
      return { ...state, notice: notice(state, action.kind, action.text) };
  }
}

/** New items go to the end; an item I skipped earlier in this session comes back as a fresh entry at the end. */
function addBatch(state: SessionState, items: QueueItem[], remaining: number): SessionState {
  let { entries, cursor } = state;
  const fresh: Entry[] = [];
  for (const item of items) {
    const index = entries.findIndex((entry) => entry.item.itemId === item.itemId);
    const existing = entries[index];
    if (existing && existing.answer?.action !== "skip") continue; // already on hand
    if (existing) {
      entries = entries.filter((_, i) => i !== index);
      cursor = shiftCursor(cursor, index);
    }
    fresh.push({ item, answer: null, save: "idle", answeredSeq: null });
  }
  const wasWaiting = cursor >= entries.length;
  entries = [...entries, ...fresh];
  // Waiting at the end: the first new item comes on screen.
  if (wasWaiting) cursor = nextUnanswered(entries, cursor - 1);
  return { ...state, entries, cursor, exhausted: items.length >= remaining };
}

/** The first unanswered entry after `index` (the end when there is none yet: more are on their way). */
export function nextUnanswered(entries: Entry[], index: number): number {
  for (let i = index + 1; i < entries.length; i += 1) if (!entries[i]!.answer) return i;
  return entries.length;
}

/** Unanswered entries at or after the cursor: when few are left, the screen fetches the next batch. */
export function unansweredAhead(state: SessionState): number {
  return state.entries.slice(state.cursor).filter((entry) => !entry.answer).length;
}

export function unansweredIds(state: SessionState): string[] {
  return state.entries.filter((entry) => !entry.answer).map((entry) => entry.item.itemId);
}

/** The entry `u` would undo: the one answered most recently (undefined when there is none). */
export function lastAnsweredEntry(state: SessionState): Entry | undefined {
  return state.entries[lastAnswered(state.entries)];
}

function lastAnswered(entries: Entry[]): number {
  let best = -1;
  entries.forEach((entry, i) => {
    if (entry.answer && entry.answeredSeq !== null && (best < 0 || entry.answeredSeq > entries[best]!.answeredSeq!)) best = i;
  });
  return best;
}

function findIndex(state: SessionState, itemId: string): number {
  return state.entries.findIndex((entry) => entry.item.itemId === itemId);
}

function shiftCursor(cursor: number, removedIndex: number): number {
  return removedIndex < cursor ? cursor - 1 : cursor;
}

function replaceAt<T>(list: T[], index: number, value: T): T[] {
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

function notice(state: SessionState, kind: Notice["kind"], text: string): Notice {
  return { kind, text, id: (state.notice?.id ?? 0) + 1 };
}
