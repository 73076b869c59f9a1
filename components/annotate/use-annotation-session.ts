"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { QueueResponse, Sentiment } from "@/lib/annotation/types";
import {
  annotationKeys,
  fetchQueueBatch,
  releaseClaims,
  renewClaims,
  saveCorrection,
  undoCorrection,
  type QueueFilters,
} from "@/lib/queries/annotation";
import { ApiError } from "@/lib/queries/fetch-json";
import {
  initialSession,
  lastAnsweredEntry,
  sessionReducer,
  unansweredAhead,
  unansweredIds,
  type LocalAnswer,
} from "@/components/annotate/queue-session";

// The queue screen's engine: a local buffer of claimed items (the next batch is fetched while a few are still
// ahead), optimistic answers saved in the background one request at a time per item, claims renewed while the
// screen is open and released when it closes.

const BATCH_SIZE = 10;
const PREFETCH_WHEN_AHEAD = 5; // fetch the next batch while this many unanswered items are still ahead
const STATS_REFRESH_MS = 3_000;

export type AnswerKind = { action: "label"; label: Sentiment } | { action: "accept" } | { action: "skip" } | { action: "off_topic" };

export function useAnnotationSession(filters: QueueFilters) {
  const [state, dispatch] = useReducer(sessionReducer, initialSession);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [meta, setMeta] = useState<(Pick<QueueResponse, "remaining" | "overlap" | "claimTtlMs"> & { answeredThen: number }) | null>(null);
  const [pendingSaves, setPendingSaves] = useState(0);
  const queryClient = useQueryClient();

  const stateRef = useRef(state);
  stateRef.current = state;
  const generation = useRef(0); // bumps when the filters change: answers from an older batch are ignored
  const inFlight = useRef(false);
  const chains = useRef(new Map<string, Promise<unknown>>()); // per item: requests run in order (save, then undo)
  const shown = useRef({ itemId: "", since: 0, spent: new Map<string, number>() });
  const statsRefreshedAt = useRef(0);
  const statsTimer = useRef<number | null>(null); // a stats refresh waiting for the end of its window
  const releasing = useRef<Promise<unknown>>(Promise.resolve()); // a new batch waits for the old claims' release
  const filterKey = JSON.stringify(filters);

  // Filters changed (or first open): start over with a fresh claim set.
  useEffect(() => {
    generation.current += 1;
    dispatch({ type: "reset" });
    setMeta(null);
    setLoadError(null);
    inFlight.current = false;
  }, [filterKey]);

  const loadMore = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setLoading(true);
    const started = generation.current;
    try {
      const current = stateRef.current;
      // Items I hold (and my skips in this session) are not asked for again; the API caps the list at 200.
      const held = [...unansweredIds(current), ...current.entries.filter((e) => e.answer?.action === "skip").map((e) => e.item.itemId)];
      await releasing.current;
      const batch = await fetchQueueBatch(JSON.parse(filterKey) as QueueFilters, { limit: BATCH_SIZE, exclude: held.slice(-200) });
      if (started !== generation.current) return;
      setMeta({ remaining: batch.remaining, overlap: batch.overlap, claimTtlMs: batch.claimTtlMs, answeredThen: countAnswered(stateRef.current) });
      setLoadError(null);
      dispatch({ type: "batchLoaded", items: batch.items, remaining: batch.remaining });
    } catch (error) {
      if (started === generation.current) setLoadError(error instanceof Error ? error.message : String(error));
    } finally {
      if (started === generation.current) {
        inFlight.current = false;
        setLoading(false);
      }
    }
  }, [filterKey]);

  // Prefetch: keep a few items ahead of the cursor.
  const ahead = unansweredAhead(state);
  useEffect(() => {
    if (!state.exhausted && !loadError && ahead < PREFETCH_WHEN_AHEAD) void loadMore();
  }, [ahead, state.exhausted, loadError, loadMore]);

  const current = state.entries[state.cursor];

  // Time spent per item: counted while it is on screen, summed over visits (j/k back and forth).
  useEffect(() => {
    const clock = shown.current;
    const now = performance.now();
    if (clock.itemId) clock.spent.set(clock.itemId, (clock.spent.get(clock.itemId) ?? 0) + now - clock.since);
    clock.itemId = current?.item.itemId ?? "";
    clock.since = now;
  }, [current?.item.itemId]);

  // At most one stats request per STATS_REFRESH_MS; answers saved inside that window are counted by one refresh at
  // its end, so quick keyboard work does not leave today's count behind until the next minute's poll.
  const refreshStats = useCallback(() => {
    if (statsTimer.current !== null) return;
    const wait = Math.max(0, statsRefreshedAt.current + STATS_REFRESH_MS - performance.now());
    statsTimer.current = window.setTimeout(() => {
      statsTimer.current = null;
      statsRefreshedAt.current = performance.now();
      void queryClient.invalidateQueries({ queryKey: annotationKeys.stats() });
    }, wait);
  }, [queryClient]);
  useEffect(
    () => () => {
      window.clearTimeout(statsTimer.current ?? undefined);
      statsTimer.current = null;
    },
    [],
  );

  const enqueue = useCallback((itemId: string, request: () => Promise<void>) => {
    setPendingSaves((n) => n + 1);
    const previous = chains.current.get(itemId) ?? Promise.resolve();
    const next = previous.then(request).finally(() => {
      setPendingSaves((n) => n - 1);
      if (chains.current.get(itemId) === next) chains.current.delete(itemId);
    });
    chains.current.set(itemId, next);
  }, []);

  const answer = useCallback(
    (kind: AnswerKind) => {
      const snapshot = stateRef.current;
      const entry = snapshot.entries[snapshot.cursor];
      if (!entry) return;
      const { item } = entry;
      const local: LocalAnswer =
        kind.action === "label"
          ? { action: "label", label: kind.label, accepted: false }
          : kind.action === "accept"
            ? { action: "label", label: item.prediction.label, accepted: true }
            : { action: kind.action, label: null, accepted: false };
      const clock = shown.current;
      const durationMs = Math.round((clock.spent.get(item.itemId) ?? 0) + (clock.itemId === item.itemId ? performance.now() - clock.since : 0));
      clock.spent.delete(item.itemId);
      clock.since = performance.now();
      const seq = snapshot.seq + 1; // the reducer gives this answer the same number
      const started = generation.current;
      dispatch({ type: "answer", index: snapshot.cursor, answer: local });
      enqueue(item.itemId, async () => {
        try {
          await saveCorrection({
            itemId: item.itemId,
            searchId: item.searchId,
            action: kind.action,
            label: kind.action === "label" ? kind.label : undefined,
            durationMs,
          });
          if (started === generation.current) dispatch({ type: "saveSucceeded", itemId: item.itemId, seq, text: `Saved: ${describe(local)}.` });
          refreshStats();
        } catch (error) {
          if (started !== generation.current) return;
          const gone = error instanceof ApiError && (error.status === 409 || error.status === 404);
          const reason = error instanceof ApiError ? error.message : "the server could not be reached";
          const text = gone ? `Not saved: ${reason} Moved on.` : `Not saved (${reason}). The item is back: answer it again.`;
          dispatch({ type: "saveFailed", itemId: item.itemId, seq, text, gone });
        }
      });
    },
    [enqueue, refreshStats],
  );

  const undo = useCallback(() => {
    const entry = lastAnsweredEntry(stateRef.current);
    dispatch({ type: "undo" });
    if (!entry?.answer) return;
    const { itemId } = entry.item;
    const previous = entry.answer;
    const started = generation.current;
    enqueue(itemId, async () => {
      try {
        await undoCorrection(itemId);
        if (started === generation.current) dispatch({ type: "notice", kind: "saved", text: `Undone: ${describe(previous)}.` });
        refreshStats();
      } catch (error) {
        // 404: the answer never reached the server (its save failed), so there is nothing to undo there.
        if (error instanceof ApiError && error.status === 404) return;
        if (started !== generation.current) return;
        const reason = error instanceof Error ? error.message : String(error);
        dispatch({ type: "undoFailed", itemId, answer: previous, text: `Undo failed (${reason}); your answer stands.` });
      }
    });
  }, [enqueue, refreshStats]);

  const move = useCallback((delta: number) => dispatch({ type: "move", delta }), []);
  const checkAgain = useCallback(() => {
    setLoadError(null);
    void loadMore();
  }, [loadMore]);

  // Renew my claims while the screen is open; drop the items whose claim was lost.
  const claimTtlMs = meta?.claimTtlMs ?? 0;
  useEffect(() => {
    if (!claimTtlMs) return;
    const timer = window.setInterval(async () => {
      const ids = unansweredIds(stateRef.current).slice(0, 200);
      if (ids.length === 0) return;
      const started = generation.current;
      const result = await renewClaims(ids).catch(() => null);
      if (result && result.lost.length > 0 && started === generation.current) dispatch({ type: "claimsLost", itemIds: result.lost });
    }, Math.max(1_000, claimTtlMs / 3));
    return () => window.clearInterval(timer);
  }, [claimTtlMs]);

  // Leaving the screen (navigation, closing the tab) or changing the filters hands my claims back at once.
  useEffect(() => {
    const release = () => {
      releasing.current = releaseClaims({ keepalive: true }).catch(() => undefined);
    };
    window.addEventListener("pagehide", release);
    return () => {
      window.removeEventListener("pagehide", release);
      release();
    };
  }, [filterKey]);

  // What the server counted at the last batch, less what I answered since (skips stay in the queue).
  const remaining = meta ? Math.max(0, meta.remaining - (countAnswered(state) - meta.answeredThen)) : null;

  return { state, current, remaining, loading, loadError, meta, pendingSaves, answer, undo, move, checkAgain };
}

function countAnswered(state: { entries: { answer: LocalAnswer | null }[] }): number {
  return state.entries.filter((entry) => entry.answer && entry.answer.action !== "skip").length;
}

export function describe(answer: LocalAnswer): string {
  if (answer.action === "skip") return "skipped";
  if (answer.action === "off_topic") return "off-topic";
  return answer.accepted ? `${answer.label} (model's label accepted)` : String(answer.label);
}
