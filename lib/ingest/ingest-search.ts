import type { PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { moduleLogger } from "@/lib/logger";
import { createSourceForSearch } from "@/lib/ingest/create-source-for-search";
import { describeWait, NOTED_WAIT_MS, writeWaitNote } from "@/lib/ingest/note-wait";
import { readAhead } from "@/lib/ingest/read-ahead";
import { readLastPageIds } from "@/lib/ingest/read-last-page-ids";
import { readTotals } from "@/lib/ingest/read-totals";
import { recordPage } from "@/lib/ingest/record-page";
import type { IngestResult, IngestTotals } from "@/lib/ingest/types";
import { upsertItems } from "@/lib/ingest/upsert-items";
import type { WaitNotice } from "@/lib/reddit/http-context";
import { RedditError } from "@/lib/reddit/reddit-error";
import type { ItemSource, StopReason } from "@/lib/reddit/types";

const log = moduleLogger("reddit");

// Runs a search's source to its end (or until aborted), page by page: upsert the page's items (idempotent), then
// commit its hits, counters and cursor in one transaction. A crash loses at most the page in flight and a re-run
// resumes from the cursor with every item stored exactly once. Three stages overlap: the source fetches and
// normalizes page n+2 while page n+1's items are upserted and page n's hits commit. A finished search is not
// fetched again. onPageStored is at-least-once: on resume, the last committed page is handed over again.
export async function ingestSearch(options: {
  searchId: string;
  source?: ItemSource; // default: built from the Search row (keyword, source, options) and the environment
  limit?: number | null; // stored items; default: the search's options.limit
  signal?: AbortSignal;
  db?: PrismaClient;
  onProgress?: (totals: IngestTotals) => void;
  onPageStored?: (itemIds: string[]) => void | Promise<void>;
  onWait?: (wait: WaitNotice) => void; // a rate-limit or retry wait is starting
}): Promise<IngestResult> {
  const db = options.db ?? prisma;
  const search = await db.search.findUniqueOrThrow({ where: { id: options.searchId } });
  const totals = await readTotals({ db, search });
  if (search.stopReason && !["error", "aborted"].includes(search.stopReason))
    return { ...totals, searchId: search.id, stopReason: search.stopReason as StopReason };

  const source = options.source ?? createSourceForSearch({ search });
  const limit = options.limit !== undefined ? options.limit : readLimit(search.options);
  await db.search.update({
    where: { id: search.id },
    data: { startedAt: search.startedAt ?? new Date(), stopReason: null, errorCode: null, errorMessage: null },
  });
  const counted = { requests: source.stats.requests, rateLimitWaits: source.stats.rateLimitWaits };
  const countRequests = () => {
    totals.requests += source.stats.requests - counted.requests;
    totals.rateLimitWaits += source.stats.rateLimitWaits - counted.rateLimitWaits;
    Object.assign(counted, { requests: source.stats.requests, rateLimitWaits: source.stats.rateLimitWaits });
  };
  // A long wait is shown on the search (and logged by the request) while it lasts: never a silent stall.
  let wait: WaitNotice | null = null;
  const stopWatching = source.onWait?.((notice) => {
    options.onWait?.(notice);
    if (notice.ms < NOTED_WAIT_MS) return;
    wait = notice;
    writeWaitNote({ db, searchId: search.id, note: describeWait(notice) }).catch((error: unknown) => log.warn({ err: error, searchId: search.id }, "could not note a wait"));
  });
  const waitNote = () => (wait && !wait.ended ? describeWait(wait) : null);
  let stop: { reason: StopReason; note?: string } | null = null;
  let recording: Promise<void> | null = null; // the previous page's transaction and callbacks
  const record = async (page: Parameters<typeof recordPage>[0]["page"], repeats: number) => {
    countRequests();
    const room = limit ? Math.max(0, limit - totals.stored) : Infinity;
    const itemIds = [...new Set(page.items.map((i) => i.id))].slice(0, room);
    const result = await recordPage({ db, searchId: search.id, page, itemIds, repeats, totals, limit, progressNote: waitNote() });
    options.onProgress?.({ ...totals });
    if (result.storedIds.length > 0) await options.onPageStored?.(result.storedIds);
    if (result.finalReason) stop = { reason: result.finalReason, note: page.note };
  };
  try {
    if (search.cursor && options.onPageStored) {
      const redeliver = await readLastPageIds({ db, searchId: search.id });
      if (redeliver.length > 0) await options.onPageStored(redeliver);
    }
    const pages = source.pages({ cursor: search.cursor as Record<string, unknown> | null, signal: options.signal });
    for await (const page of readAhead({ pages, isLast: (p) => p.stopReason !== undefined })) {
      if (options.signal?.aborted) break;
      const upserting = upsertItems({ db, items: page.items }); // runs while the previous page commits
      upserting.catch(() => undefined);
      await recording;
      if (stop || options.signal?.aborted) break;
      const repeats = await upserting;
      recording = record(page, repeats);
      recording.catch(() => undefined);
    }
    await recording;
    if (options.signal?.aborted) throw options.signal.reason;
    const final: { reason: StopReason; note?: string } = stop ?? { reason: "exhausted" };
    if (!stop) await db.search.update({ where: { id: search.id }, data: { stopReason: final.reason } });
    return { ...totals, searchId: search.id, stopReason: final.reason, note: final.note };
  } catch (error) {
    await recording?.catch(() => undefined); // let the page in flight commit before recording the failure
    const aborted = options.signal?.aborted === true;
    const code = aborted ? "aborted" : error instanceof RedditError ? error.code : "internal";
    const message = aborted ? "Ingestion was cancelled" : error instanceof Error ? error.message : String(error);
    countRequests();
    await db.search.update({
      where: { id: search.id },
      data: { stopReason: aborted ? "aborted" : "error", errorCode: code, errorMessage: message, requestCount: totals.requests, rateLimitWaits: totals.rateLimitWaits },
    });
    log.warn({ searchId: search.id, code, message }, "ingestion stopped early");
    if (aborted) return { ...totals, searchId: search.id, stopReason: "aborted", error: { code, message } };
    throw error;
  } finally {
    stopWatching?.();
  }
}

function readLimit(options: unknown): number | null {
  const limit = (options as { limit?: unknown } | null)?.limit;
  return typeof limit === "number" && limit > 0 ? limit : null;
}
