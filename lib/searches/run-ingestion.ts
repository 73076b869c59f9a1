import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { ingestSearch } from "@/lib/ingest/ingest-search";
import type { EmitEvents } from "@/lib/jobs/workflow-step";
import { workerShutdownSignal } from "@/lib/jobs/worker-shutdown";
import { jobMetrics } from "@/lib/metrics/jobs";
import { RedditError } from "@/lib/reddit/reddit-error";
import { extendNamedLock } from "@/lib/redis/lock";
import { isSearchActive } from "@/lib/searches/search-lifecycle";
import { searchLockName } from "@/lib/searches/search-keys";

const CLASSIFY_BATCH = 100;
const WATCH_INTERVAL_MS = 1_000;

// Runs a search's ingestion inside one workflow step. Each stored page is handed to the classifier at once, in
// batches of CLASSIFY_BATCH, as events whose ids are a hash of their items: a retried step that re-stores a page
// sends the same ids and the engine drops them. Meanwhile it keeps the keyword lock alive and stops when the search
// is cancelled. A retry resumes from the cursor the last committed page saved.
export async function runIngestion(options: { searchId: string; emit: EmitEvents }) {
  const { searchId, emit } = options;
  const search = await prisma.search.findUniqueOrThrow({ where: { id: searchId }, select: { normalizedKeyword: true } });
  const controller = new AbortController();
  // A worker shutting down stops ingestion like a cancel does, but the search is not cancelled: the job is put
  // back (see start-workers.ts) and resumes from the cursor.
  const onShutdown = () => controller.abort(workerShutdownSignal.reason);
  workerShutdownSignal.addEventListener("abort", onShutdown, { once: true });
  if (workerShutdownSignal.aborted) onShutdown();
  const watch = setInterval(() => {
    void watchSearch({ searchId, normalizedKeyword: search.normalizedKeyword, controller }).catch(() => undefined);
  }, WATCH_INTERVAL_MS);
  try {
    const result = await ingestSearch({
      searchId,
      signal: controller.signal,
      onPageStored: async (itemIds) => {
        jobMetrics.itemsIngested.inc(itemIds.length);
        await emit(batchEvents(searchId, itemIds));
      },
    });
    if (workerShutdownSignal.aborted && result.stopReason === "aborted") throw workerShutdownSignal.reason;
    return { stopReason: result.stopReason, stored: result.stored, fetched: result.fetched, note: result.note ?? null, permanentError: null };
  } catch (error) {
    // A fault no retry can fix is the step's result, not its failure: engines serialize step errors (losing the
    // type), while a result reaches the workflow intact. Everything else throws and is retried.
    if (error instanceof RedditError && !error.retryable) {
      return { stopReason: "error", stored: 0, fetched: 0, note: null, permanentError: { code: error.code, message: error.message } };
    }
    throw error;
  } finally {
    clearInterval(watch);
    workerShutdownSignal.removeEventListener("abort", onShutdown);
  }
}

async function watchSearch(options: { searchId: string; normalizedKeyword: string; controller: AbortController }) {
  if (!(await isSearchActive({ searchId: options.searchId }))) {
    options.controller.abort(new Error("The search was cancelled."));
    return;
  }
  await extendNamedLock({ name: searchLockName(options.normalizedKeyword), token: options.searchId, ttlMs: env.SEARCH_LOCK_TTL_MS });
}

function batchEvents(searchId: string, itemIds: string[]) {
  const events = [];
  for (let start = 0; start < itemIds.length; start += CLASSIFY_BATCH) {
    const batch = itemIds.slice(start, start + CLASSIFY_BATCH);
    const digest = createHash("sha1").update(batch.join(",")).digest("hex").slice(0, 20);
    events.push({ id: `items-ingested-${searchId}-${digest}`, name: "items/batch.ingested" as const, data: { searchId, itemIds: batch } });
  }
  return events;
}
