import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { moduleLogger } from "@/lib/logger";
import { setCachedJson } from "@/lib/redis/cache";
import { releaseNamedLock } from "@/lib/redis/lock";
import { SEARCH_ACTIVE_STATUSES } from "@/lib/schemas/search";
import { searchCacheName, searchLockName } from "@/lib/searches/search-keys";

// The status transitions of a search, each one a conditional UPDATE so that retries, duplicate deliveries and
// concurrent classification batches can never move a search backwards or finish it twice:
//   queued → ingesting → classifying → done;  any active state → failed | cancelled.

const log = moduleLogger("searches");

/** queued → ingesting. False when the search is no longer runnable (cancelled, failed or done). */
export async function markSearchIngesting(options: { searchId: string }): Promise<boolean> {
  await prisma.search.updateMany({
    where: { id: options.searchId, status: "queued" },
    data: { status: "ingesting", startedAt: new Date() },
  });
  const search = await prisma.search.findUnique({ where: { id: options.searchId }, select: { status: true } });
  return search?.status === "ingesting";
}

/** ingesting → classifying once the source has stopped; then done if every stored item already has a prediction. */
export async function finishIngestion(options: { searchId: string }): Promise<void> {
  const search = await prisma.search.findUniqueOrThrow({ where: { id: options.searchId }, select: { storedCount: true } });
  await prisma.search.updateMany({
    where: { id: options.searchId, status: "ingesting" },
    data: { status: "classifying", expectedCount: search.storedCount },
  });
  await completeSearchIfDone(options);
}

/**
 * Records a classification batch and finishes the search when nothing is left: the batch's hits whose item now has
 * a prediction are marked classified and added to the counter, then "is any hit unclassified?" is one index lookup.
 * The work is proportional to the batch, not to the search (the old recount joined every hit twice per batch, so a
 * search did quadratic work). A redelivered batch marks nothing twice; batches may arrive in any order.
 */
export async function completeSearchIfDone(options: { searchId: string; itemIds?: string[] }): Promise<boolean> {
  const { searchId, itemIds = [] } = options;
  if (itemIds.length > 0) await markHitsClassified({ searchId, itemIds });
  const [{ unclassified }] = await prisma.$queryRaw<[{ unclassified: boolean }]>`
    SELECT EXISTS (SELECT 1 FROM search_hits WHERE search_id = ${searchId} AND NOT classified) AS unclassified`;
  if (unclassified) return false;
  const { count } = await prisma.search.updateMany({
    where: { id: searchId, status: "classifying" },
    data: { status: "done", finishedAt: new Date() },
  });
  if (count === 0) return false;
  const search = await prisma.search.findUniqueOrThrow({ where: { id: searchId } });
  await setCachedJson(searchCacheName(search.normalizedKeyword, { ...(search.options as object) }), { searchId }, env.SEARCH_CACHE_TTL_S);
  await releaseNamedLock({ name: searchLockName(search.normalizedKeyword), token: searchId });
  log.info({ searchId, classified: search.classifiedCount }, "search done");
  return true;
}

/** One statement, so the marks and the counter can never disagree, whatever crashes or runs concurrently. */
async function markHitsClassified(options: { searchId: string; itemIds: string[] }): Promise<void> {
  await prisma.$executeRaw`
    WITH marked AS (
      UPDATE search_hits h SET classified = true
       WHERE h.search_id = ${options.searchId} AND h.item_id = ANY(${options.itemIds}::text[]) AND NOT h.classified
         AND EXISTS (SELECT 1 FROM predictions p WHERE p.item_id = h.item_id)
      RETURNING 1)
    UPDATE searches SET classified_count = classified_count + (SELECT count(*) FROM marked)::int
     WHERE id = ${options.searchId}`;
}

/** Any active state → failed, with the reason; frees the keyword. */
export async function failSearch(options: { searchId: string; code: string; message: string }): Promise<void> {
  const { count } = await prisma.search.updateMany({
    where: { id: options.searchId, status: { in: [...SEARCH_ACTIVE_STATUSES] } },
    data: { status: "failed", errorCode: options.code, errorMessage: options.message, finishedAt: new Date() },
  });
  const search = await prisma.search.findUnique({ where: { id: options.searchId }, select: { normalizedKeyword: true } });
  if (search) await releaseNamedLock({ name: searchLockName(search.normalizedKeyword), token: options.searchId });
  if (count > 0) log.warn({ ...options }, "search failed");
}

export async function isSearchActive(options: { searchId: string }): Promise<boolean> {
  const search = await prisma.search.findUnique({ where: { id: options.searchId }, select: { status: true } });
  return search !== null && (SEARCH_ACTIVE_STATUSES as readonly string[]).includes(search.status);
}
