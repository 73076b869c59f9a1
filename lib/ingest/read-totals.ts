import type { PrismaClient, Search } from "@/lib/generated/prisma/client";
import type { IngestTotals } from "@/lib/ingest/types";
import type { SkipCounts } from "@/lib/reddit/types";

// A resumed search continues from its stored counters. Near-duplicates have no column of their own: they are
// counted back from the hits.
export async function readTotals(options: { db: PrismaClient; search: Search }): Promise<IngestTotals> {
  const { search } = options;
  const nearDuplicates = await options.db.searchHit.count({ where: { searchId: search.id, nearDuplicateOf: { not: null } } });
  return {
    fetched: search.fetchedCount,
    stored: search.storedCount,
    duplicates: search.duplicateCount,
    nearDuplicates,
    skipped: search.skippedCount,
    skippedByReason: { ...((search.skippedByReason ?? {}) as SkipCounts) },
    requests: search.requestCount,
    rateLimitWaits: search.rateLimitWaits,
    scanned: 0,
  };
}
