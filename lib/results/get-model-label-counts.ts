import { prisma } from "@/lib/db";
import { createBestEffortCache, type BestEffortCache } from "@/lib/redis/best-effort-cache";
import { countModelLabels, type ModelLabelCounts } from "@/lib/results/count-model-labels";
import type { ResultScope } from "@/lib/results/get-result-scope";
import { SEARCH_ACTIVE_STATUSES } from "@/lib/schemas/search";
import type { ItemFilter } from "@/lib/schemas/results";

// The model side of the summary, pre-aggregated once a search can no longer change: it has stopped, and every one
// of its hits has a prediction of the current model. From then on its counts are fixed (a model predicts an item
// once; hits are only added while ingesting), so they are kept in Redis under a key naming the model and the hit
// count, and a different model or hit count is a different key: a cached answer is never a stale one.
// Filters that read what can still change (the human verdicts behind "corrected", the text behind "q") are always
// counted live. Redis is only a shortcut here: when it fails, the counts are counted live too (and it is logged).

const TTL_SECONDS = 24 * 3600;

export async function getModelLabelCounts(options: { scope: ResultScope; filter: ItemFilter }): Promise<ModelLabelCounts> {
  const { scope, filter } = options;
  const live = { searchId: scope.searchId, model: scope.model, filter };
  const active = (SEARCH_ACTIVE_STATUSES as readonly string[]).includes(scope.status);
  if (!scope.model || active || filter.corrected !== undefined || filter.q) return countModelLabels(live);

  const [{ hits }] = await prisma.$queryRaw<[{ hits: number }]>`
    SELECT count(*)::int AS hits FROM search_hits WHERE search_id = ${scope.searchId}`;
  const key = (f: ItemFilter) =>
    ["results-model-labels", scope.searchId, scope.model!.modelId, scope.model!.modelVersion, String(hits), filterKey(f)].join(":");
  const cache = createBestEffortCache({ purpose: "results-model-labels" });
  // The whole search first: only a fully predicted search has fixed counts, whichever filter is asked for.
  const whole = (await cache.get<ModelLabelCounts>(key({}))) ?? (await countAndKeep({ ...live, filter: {} }, key({}), cache));
  if (isUnfiltered(filter)) return whole;
  if (!isFullyPredicted(whole)) return countModelLabels(live);
  return (await cache.get<ModelLabelCounts>(key(filter))) ?? (await countAndKeep(live, key(filter), cache));
}

async function countAndKeep(
  options: Parameters<typeof countModelLabels>[0],
  key: string,
  cache: BestEffortCache,
): Promise<ModelLabelCounts> {
  const counts = await countModelLabels(options);
  if (!isUnfiltered(options.filter) || isFullyPredicted(counts)) await cache.set(key, counts, TTL_SECONDS);
  return counts;
}

function isUnfiltered(filter: ItemFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

function isFullyPredicted(counts: ModelLabelCounts): boolean {
  return counts.labels.negative + counts.labels.neutral + counts.labels.positive === counts.total;
}

/** The filters in a fixed order, dates as ISO strings: equal filters, equal keys. */
function filterKey(filter: ItemFilter): string {
  const entries = Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, value instanceof Date ? value.toISOString() : value] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "all" : JSON.stringify(entries);
}
