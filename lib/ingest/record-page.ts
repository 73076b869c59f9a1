import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { insertHits } from "@/lib/ingest/insert-hits";
import type { IngestTotals } from "@/lib/ingest/types";
import type { SkipCounts, SourcePage, StopReason } from "@/lib/reddit/types";

// One page's hits, the search's counters and its cursor, in one transaction: a crash loses at most this page, and
// a re-run resumes from the last committed cursor. `totals` is updated in place once the commit succeeded.
export async function recordPage(options: {
  db: PrismaClient;
  searchId: string;
  page: SourcePage;
  itemIds: string[]; // the page's items (upserted already), cut to the search limit
  repeats: number; // fullnames repeated within the page
  totals: IngestTotals;
  limit: number | null;
  progressNote?: string | null; // a wait still under way: kept in the note until the next page
}): Promise<{ storedIds: string[]; finalReason?: StopReason }> {
  const { db, page, limit } = options;
  return db.$transaction(
    async (tx) => {
      // Everything here commits together, so a commit lost in a crash only means this page is fetched again:
      // no need to wait for the WAL flush.
      await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
      const hits = await insertHits({ db: tx, searchId: options.searchId, itemIds: options.itemIds });
      const totals = structuredClone(options.totals);
      addPage(totals, page, hits, options.repeats + (new Set(options.itemIds).size - hits.storedIds.length));
      const finalReason = page.stopReason ?? (limit && totals.stored >= limit ? "limit" : undefined);
      await tx.search.update({
        where: { id: options.searchId },
        data: {
          fetchedCount: totals.fetched,
          storedCount: totals.stored,
          duplicateCount: totals.duplicates,
          skippedCount: totals.skipped,
          skippedByReason: totals.skippedByReason,
          requestCount: totals.requests,
          rateLimitWaits: totals.rateLimitWaits,
          cursor: (finalReason ? { ...page.cursor, note: page.note ?? null } : options.progressNote ? { ...page.cursor, note: options.progressNote } : page.cursor) as Prisma.InputJsonObject,
          ...(finalReason ? { stopReason: finalReason } : {}),
        },
      });
      Object.assign(options.totals, totals);
      return { storedIds: hits.storedIds, finalReason };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

function addPage(totals: IngestTotals, page: SourcePage, hits: { storedIds: string[]; nearDuplicates: number }, duplicates: number) {
  totals.fetched += page.fetched;
  totals.scanned += page.scanned ?? 0;
  totals.stored += hits.storedIds.length;
  totals.nearDuplicates += hits.nearDuplicates;
  totals.duplicates += duplicates + hits.nearDuplicates;
  for (const [reason, n] of Object.entries(page.skipped)) {
    totals.skipped += n;
    const key = reason as keyof SkipCounts;
    totals.skippedByReason[key] = (totals.skippedByReason[key] ?? 0) + n;
  }
}
