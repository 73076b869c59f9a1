"use client";

import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/queries/fetch-json";
import { isActive, searchKeys } from "@/lib/queries/searches";
import { toQueryString } from "@/lib/results/filter-params";
import type { ItemFilters, ItemsPage, SearchSummary, TimeBucket } from "@/lib/results/types";
import type { SearchView } from "@/lib/searches/get-search";

// The result screens' data: the search itself (live while it runs), its summary and its items, each keyed by the
// filters so that a filter change is a new query and going back is instant from the cache.

export const resultKeys = {
  all: ["results"] as const,
  summary: (id: string, filters: ItemFilters, bucket?: TimeBucket) => [...resultKeys.all, id, "summary", filters, bucket ?? "auto"] as const,
  items: (id: string, filters: ItemFilters) => [...resultKeys.all, id, "items", filters] as const,
};

const LIVE_MS = 2_000;
export const ITEMS_PAGE_SIZE = 100;

const searchUrl = (id: string) => `/api/searches/${encodeURIComponent(id)}`;

/** The search's status and counts; polled while it runs, like the searches list. */
export function useSearch(id: string) {
  return useQuery({
    queryKey: searchKeys.detail(id),
    queryFn: () => fetchJson<SearchView>(searchUrl(id)),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data) ? LIVE_MS : false),
  });
}

/** Charts' data. While the search runs it refreshes, so the charts fill in as predictions arrive. */
export function useSearchSummary(options: { id: string; filters: ItemFilters; bucket?: TimeBucket; live: boolean }) {
  const { id, filters, bucket, live } = options;
  return useQuery({
    queryKey: resultKeys.summary(id, filters, bucket),
    queryFn: () => fetchJson<SearchSummary>(`${searchUrl(id)}/summary${toQueryString(filters, { bucket })}`),
    refetchInterval: live ? LIVE_MS : false,
    placeholderData: keepPreviousData, // a filter change keeps the old chart until the new one is there
  });
}

/** The item table's pages, loaded as the table scrolls (keyset cursor from the API). */
export function useSearchItems(options: { id: string; filters: ItemFilters; live: boolean }) {
  const { id, filters, live } = options;
  return useInfiniteQuery({
    queryKey: resultKeys.items(id, filters),
    queryFn: ({ pageParam }) =>
      fetchJson<ItemsPage>(`${searchUrl(id)}/items${toQueryString(filters, { cursor: pageParam ?? undefined, limit: ITEMS_PAGE_SIZE })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While items arrive, refresh the first pages only (a refetch of 200 loaded pages would be wasteful).
    refetchInterval: (query) => (live && (query.state.data?.pages.length ?? 0) <= 3 ? LIVE_MS * 2 : false),
  });
}

/** The link that downloads the current filtered view. */
export function exportUrl(id: string, filters: ItemFilters, format: "csv" | "jsonl"): string {
  return `${searchUrl(id)}/export${toQueryString(filters, { format })}`;
}

/** Finished searches to compare (the newest 100). */
export function useFinishedSearches() {
  return useQuery({
    queryKey: [...searchKeys.all, "finished"] as const,
    queryFn: () => fetchJson<{ searches: SearchView[] }>("/api/searches?status=done&pageSize=100"),
  });
}

/** One summary per compared search, all with the same bucket so their lines share an axis. */
export function useCompareSummaries(ids: string[], bucket: TimeBucket | undefined) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: resultKeys.summary(id, {}, bucket),
      queryFn: () => fetchJson<SearchSummary>(`${searchUrl(id)}/summary${toQueryString({}, { bucket })}`),
      staleTime: 60_000,
    })),
  });
}
