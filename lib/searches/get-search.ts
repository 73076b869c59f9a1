import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { cachedJson, deleteCachedJson } from "@/lib/redis/cache";
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

/** A search's view. `cached`: may come from Redis, up to SEARCH_VIEW_CACHE_S old (status polling by many clients
 * then costs the database one read per search per interval); a Redis fault falls back to the database. */
export async function getSearch(options: { id: string; cached?: boolean }): Promise<SearchView> {
  const load = async () => {
    const search = await prisma.search.findUnique({ where: { id: options.id }, include: { requestedBy: { select: { name: true } } } });
    return search ? toSearchView(search) : null;
  };
  const view = options.cached ? await cachedJson(searchViewCacheName(options.id), env.SEARCH_VIEW_CACHE_S, load).catch(load) : await load();
  if (!view) throw notFound("Search");
  return view;
}

/** After a change the caller must see at once (a cancel): the next read goes to the database. */
export async function forgetSearchView(options: { id: string }): Promise<void> {
  await deleteCachedJson(searchViewCacheName(options.id)).catch(() => undefined);
}

const searchViewCacheName = (id: string) => `search-view:${id}`;

function readStopNote(cursor: unknown): string | null {
  const note = (cursor as { note?: unknown } | null)?.note;
  return typeof note === "string" && note ? note : null;
}
