import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { moduleLogger } from "@/lib/logger";
import { createSourceForSearch } from "@/lib/ingest/create-source-for-search";
import { readAhead } from "@/lib/ingest/read-ahead";
import { readTotals } from "@/lib/ingest/read-totals";
import { storeItems } from "@/lib/ingest/store-items";
import type { IngestResult, IngestTotals } from "@/lib/ingest/types";
import { RedditError } from "@/lib/reddit/reddit-error";
import type { ItemSource, SkipCounts, StopReason } from "@/lib/reddit/types";

const log = moduleLogger("reddit");

// Runs a search's source to its end (or until aborted), storing page by page. Each page's items, hits, counters
// and cursor commit in one transaction, so a crash loses at most the page in flight and a re-run resumes from the
// cursor with every item stored exactly once. A search that already finished is not fetched again.
export async function ingestSearch(options: {
  searchId: string;
  source?: ItemSource; // default: built from the Search row (keyword, source, options) and the environment
  limit?: number | null; // stored items; default: the search's options.limit
  signal?: AbortSignal;
  db?: PrismaClient;
  onProgress?: (totals: IngestTotals) => void;
  onPageStored?: (itemIds: string[]) => void | Promise<void>;
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
  let counted = { requests: source.stats.requests, rateLimitWaits: source.stats.rateLimitWaits };
  let stopReason: StopReason = "exhausted";
  let note: string | undefined;
  let finished = false;
  try {
    const pages = source.pages({ cursor: search.cursor as Record<string, unknown> | null, signal: options.signal });
    for await (const page of readAhead({ pages, isLast: (p) => p.stopReason !== undefined })) {
      if (options.signal?.aborted) break;
      const room = limit ? Math.max(0, limit - totals.stored) : Infinity;
      const items = page.items.length > room ? page.items.slice(0, room) : page.items;
      totals.requests += source.stats.requests - counted.requests;
      totals.rateLimitWaits += source.stats.rateLimitWaits - counted.rateLimitWaits;
      counted = { requests: source.stats.requests, rateLimitWaits: source.stats.rateLimitWaits };
      const stored = await db.$transaction(
        async (tx) => {
          // Items, hits, counters and cursor commit together, so a commit lost in a crash only means that page is
          // fetched again: no need to wait for the WAL flush.
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          const result = await storeItems({ db: tx, searchId: search.id, items });
          addPage(totals, page.fetched, page.skipped, page.scanned ?? 0, result);
          const finalReason = page.stopReason ?? (limit && totals.stored >= limit ? "limit" : undefined);
          await tx.search.update({
            where: { id: search.id },
            data: {
              fetchedCount: totals.fetched,
              storedCount: totals.stored,
              duplicateCount: totals.duplicates,
              skippedCount: totals.skipped,
              skippedByReason: totals.skippedByReason,
              requestCount: totals.requests,
              rateLimitWaits: totals.rateLimitWaits,
              cursor: (finalReason ? { ...page.cursor, note: page.note ?? null } : page.cursor) as Prisma.InputJsonObject,
              ...(finalReason ? { stopReason: finalReason } : {}),
            },
          });
          return { ids: result.storedIds, finalReason };
        },
        { timeout: 120_000, maxWait: 30_000 },
      );
      options.onProgress?.({ ...totals });
      if (stored.ids.length > 0) await options.onPageStored?.(stored.ids);
      if (stored.finalReason) {
        stopReason = stored.finalReason;
        note = page.note;
        finished = true;
        break;
      }
    }
    if (options.signal?.aborted) throw options.signal.reason;
    if (!finished) await db.search.update({ where: { id: search.id }, data: { stopReason } });
    return { ...totals, searchId: search.id, stopReason, note };
  } catch (error) {
    const aborted = options.signal?.aborted === true;
    const code = aborted ? "aborted" : error instanceof RedditError ? error.code : "internal";
    const message = aborted ? "Ingestion was cancelled" : error instanceof Error ? error.message : String(error);
    totals.requests += source.stats.requests - counted.requests;
    totals.rateLimitWaits += source.stats.rateLimitWaits - counted.rateLimitWaits;
    await db.search.update({
      where: { id: search.id },
      data: { stopReason: aborted ? "aborted" : "error", errorCode: code, errorMessage: message, requestCount: totals.requests, rateLimitWaits: totals.rateLimitWaits },
    });
    log.warn({ searchId: search.id, code, message }, "ingestion stopped early");
    if (aborted) return { ...totals, searchId: search.id, stopReason: "aborted", error: { code, message } };
    throw error;
  }
}

function addPage(totals: IngestTotals, fetched: number, skipped: SkipCounts, scanned: number, result: { storedIds: string[]; duplicates: number; nearDuplicates: number }) {
  totals.fetched += fetched;
  totals.scanned += scanned;
  totals.stored += result.storedIds.length;
  totals.nearDuplicates += result.nearDuplicates;
  totals.duplicates += result.duplicates + result.nearDuplicates;
  for (const [reason, n] of Object.entries(skipped)) {
    totals.skipped += n;
    const key = reason as keyof SkipCounts;
    totals.skippedByReason[key] = (totals.skippedByReason[key] ?? 0) + n;
  }
}

function readLimit(options: unknown): number | null {
  const limit = (options as { limit?: unknown } | null)?.limit;
  return typeof limit === "number" && limit > 0 ? limit : null;
}
