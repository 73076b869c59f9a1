import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import type { Search } from "@/lib/generated/prisma/client";

export type SearchView = ReturnType<typeof toSearchView>;

/** The API's view of a search: status, progress counts, timings and errors. */
export function toSearchView(search: Search & { requestedBy?: { name: string } | null }) {
  const end = search.finishedAt ?? new Date();
  return {
    id: search.id,
    keyword: search.keyword,
    normalizedKeyword: search.normalizedKeyword,
    source: search.source,
    options: search.options,
    status: search.status,
    progress: {
      expected: search.expectedCount,
      fetched: search.fetchedCount,
      stored: search.storedCount,
      duplicates: search.duplicateCount,
      skipped: search.skippedCount,
      skippedByReason: search.skippedByReason,
      classified: search.classifiedCount,
      requests: search.requestCount,
      rateLimitWaits: search.rateLimitWaits,
    },
    stopReason: search.stopReason,
    // Why ingestion ended, in words (e.g. "Reddit search results end near 250"), kept by ingestion in the cursor.
    stopNote: readStopNote(search.cursor),
    error: search.errorCode ? { code: search.errorCode, message: search.errorMessage } : null,
    requestedBy: search.requestedBy?.name ?? null,
    timings: {
      createdAt: search.createdAt.toISOString(),
      startedAt: search.startedAt?.toISOString() ?? null,
      finishedAt: search.finishedAt?.toISOString() ?? null,
      durationMs: search.startedAt ? end.getTime() - search.startedAt.getTime() : null,
    },
  };
}

export async function getSearch(options: { id: string }) {
  const search = await prisma.search.findUnique({
    where: { id: options.id },
    include: { requestedBy: { select: { name: true } } },
  });
  if (!search) throw notFound("Search");
  return toSearchView(search);
}

function readStopNote(cursor: unknown): string | null {
  const note = (cursor as { note?: unknown } | null)?.note;
  return typeof note === "string" && note ? note : null;
}
