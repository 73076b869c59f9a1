"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DatasetDetail, DatasetListResponse, StartDatasetBuildResponse } from "@/lib/datasets/types";
import { fetchJson } from "@/lib/queries/fetch-json";

export const datasetKeys = {
  all: ["datasets"] as const,
  list: () => [...datasetKeys.all, "list"] as const,
  detail: (version: number) => [...datasetKeys.all, "detail", version] as const,
};

// How often the list refreshes. Fast only while something is about to change on screen (a build queued or running,
// or the next crossing a few answers away); otherwise slowly, and never in a hidden tab (TanStack Query's default).
const BUILDING_MS = 1_500;
const CLOSE_MS = 3_000;
const IDLE_MS = 30_000;

export function listRefetchInterval(data: DatasetListResponse | undefined): number {
  if (!data) return IDLE_MS;
  if (data.queued.length > 0 || data.datasets.some((dataset) => dataset.status === "building")) return BUILDING_MS;
  const remaining = data.threshold - data.pending;
  return remaining <= Math.max(3, Math.ceil(data.threshold * 0.1)) ? CLOSE_MS : IDLE_MS;
}

export function useDatasets() {
  return useQuery({
    queryKey: datasetKeys.list(),
    queryFn: () => fetchJson<DatasetListResponse>("/api/datasets"),
    refetchInterval: (query) => listRefetchInterval(query.state.data),
  });
}

/** A finished version never changes (versions are immutable), so its detail is fetched once. */
export function useDataset(version: number) {
  return useQuery({
    queryKey: datasetKeys.detail(version),
    queryFn: () => fetchJson<DatasetDetail>(`/api/datasets/${version}`),
    staleTime: Infinity,
  });
}

export function useBuildDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<StartDatasetBuildResponse>("/api/datasets", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetKeys.list() }),
  });
}

