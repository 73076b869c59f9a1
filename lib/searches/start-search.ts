import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEvents } from "@/lib/jobs/send-events";
import { moduleLogger } from "@/lib/logger";
import { normalizeKeyword } from "@/lib/reddit/normalize-keyword";
import { deleteCachedJson, getCachedJson } from "@/lib/redis/cache";
import { acquireLock, getLockOwner, releaseLock } from "@/lib/redis/lock";
import type { CreateSearchBody } from "@/lib/schemas/search";
import { findRunningSearch } from "@/lib/searches/find-running-search";
import { sameSearchOptions, searchCacheName, searchLockName } from "@/lib/searches/search-keys";

const log = moduleLogger("searches");

export type StartSearchResult =
  | { outcome: "created"; searchId: string }
  | { outcome: "running"; searchId: string }
  | { outcome: "cached"; searchId: string };

// Starts a keyword search exactly once however many analysts ask at the same moment. The Redis lock per normalized
// keyword is taken atomically (SET NX) with the new search's id as its token: the winner creates and dispatches the
// search; everyone else reads the token and is pointed at the running search, if they asked for the same options.
// Different options cannot join it (they would get another search's results) nor run beside it (one ingestion per
// keyword): they get 409 with the running search, to wait for or cancel. A finished search's result is cached per
// keyword + options and answered at once while fresh.
export async function startSearch(options: { body: CreateSearchBody; userId: string }): Promise<StartSearchResult> {
  const { keyword, source, ...searchOptions } = options.body;
  const normalizedKeyword = normalizeKeyword({ keyword });
  if (!normalizedKeyword) throw new AppError(422, "validation_failed", "The keyword has no searchable text.");
  const storedOptions = { ...searchOptions, source };

  const cacheName = searchCacheName(normalizedKeyword, storedOptions);
  const cached = await getCachedJson<{ searchId: string }>(cacheName).catch(() => null); // no cache is not fatal
  if (cached) {
    // Only a result that still exists counts (the database may have been reset under a long-lived cache).
    const exists = await prisma.search.count({ where: { id: cached.searchId, status: "done" } });
    if (exists) return { outcome: "cached", searchId: cached.searchId };
    await deleteCachedJson(cacheName);
  }

  // The lock can be released between our failed SET NX and the read of its owner: try a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const searchId = randomUUID();
    const lock = await acquireLock({ name: searchLockName(normalizedKeyword), ttlMs: env.SEARCH_LOCK_TTL_MS, token: searchId }).catch(
      (error: unknown) => {
        log.error({ err: error }, "Redis unreachable: cannot take the keyword lock");
        throw new AppError(503, "unavailable", "Redis is unreachable, so the search cannot be started safely. Try again shortly.");
      },
    );
    if (lock) return { outcome: "created", searchId: await createAndDispatch({ searchId, lock, keyword, normalizedKeyword, source, storedOptions, userId: options.userId }) };
    const owner = await getLockOwner(searchLockName(normalizedKeyword));
    if (owner) {
      await refuseOtherOptions({ searchId: owner, keyword: normalizedKeyword, options: storedOptions });
      return { outcome: "running", searchId: owner };
    }
  }
  throw new AppError(503, "unavailable", "The search service is busy; try again in a moment.");
}

async function refuseOtherOptions(input: { searchId: string; keyword: string; options: Record<string, unknown> }) {
  const running = await findRunningSearch({ searchId: input.searchId });
  if (!running || sameSearchOptions(running.options, input.options)) return;
  throw new AppError(
    409,
    "conflict",
    `"${input.keyword}" is already being searched with other options${running.requestedBy ? ` (started by ${running.requestedBy})` : ""}. Wait for it to finish, or cancel it, then search again.`,
    { runningSearch: running },
  );
}

async function createAndDispatch(input: {
  searchId: string;
  lock: NonNullable<Awaited<ReturnType<typeof acquireLock>>>;
  keyword: string;
  normalizedKeyword: string;
  source: CreateSearchBody["source"];
  storedOptions: Record<string, unknown>;
  userId: string;
}): Promise<string> {
  const { searchId, lock, normalizedKeyword } = input;
  try {
    await prisma.search.create({
      data: {
        id: searchId,
        keyword: input.keyword,
        normalizedKeyword,
        source: input.source === "arctic-shift" ? "arctic_shift" : "reddit",
        options: input.storedOptions as object,
        requestedById: input.userId,
        expectedCount: input.storedOptions.limit as number,
      },
    });
    await sendEvents([
      { id: `search-requested-${searchId}`, name: "search/keyword.requested", data: { searchId, keyword: normalizedKeyword } },
    ]);
    return searchId;
  } catch (error) {
    // Nothing may stay locked or half-started: fail the row (if any) and free the keyword.
    log.error({ err: error, searchId }, "could not start search");
    await prisma.search
      .updateMany({ where: { id: searchId }, data: { status: "failed", errorCode: "dispatch-failed", errorMessage: "The background engine could not be reached.", finishedAt: new Date() } })
      .catch(() => undefined);
    await releaseLock(lock).catch(() => undefined);
    throw new AppError(503, "unavailable", "The background job engine is unreachable; the search was not started.");
  }
}
