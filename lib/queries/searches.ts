"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/queries/fetch-json";
import { SEARCH_ACTIVE_STATUSES } from "@/lib/schemas/search";
import type { SearchView } from "@/lib/searches/get-search";

type SearchList = { searches: SearchView[]; page: number; pageSize: number; total: number; pageCount: number };
export type StartSearchInput = {
  keyword: string;
  subreddits?: string[];
  limit?: number;
  source?: "reddit" | "arctic-shift";
  includeComments?: boolean;
  includeNsfw?: boolean;
};

export const searchKeys = {
  all: ["searches"] as const,
  list: (page: number) => [...searchKeys.all, "list", page] as const,
  detail: (id: string) => [...searchKeys.all, "detail", id] as const,
};

const ACTIVE = new Set<string>(SEARCH_ACTIVE_STATUSES);
export const isActive = (search: SearchView) => ACTIVE.has(search.status);

/** The list refreshes every 1.5 s while any search on the page is still running (live progress), then stops. */
export function useSearches(page = 1) {
  return useQuery({
    queryKey: searchKeys.list(page),
    queryFn: () => fetchJson<SearchList>(`/api/searches?page=${page}&pageSize=20`),
    refetchInterval: (query) => (query.state.data?.searches.some(isActive) ? 1_500 : false),
  });
}

export function useStartSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartSearchInput) =>
      fetchJson<{ status: string; searchId: string; outcome: "created" | "running" | "cached" }>("/api/searches", { method: "POST", json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: searchKeys.all }),
  });
}

export function useCancelSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson(`/api/searches/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: searchKeys.all }),
  });
}
