"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SettingsResponse, UpdateSettingsBody } from "@/lib/annotation/types";
import { annotationKeys } from "@/lib/queries/annotation";
import { datasetKeys } from "@/lib/queries/datasets";
import { fetchJson } from "@/lib/queries/fetch-json";

export const settingsKeys = {
  all: ["settings"] as const,
};

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.all, queryFn: () => fetchJson<SettingsResponse>("/api/settings") });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSettingsBody) => fetchJson<SettingsResponse>("/api/settings", { method: "PATCH", json: body }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.all, settings);
      // The guidelines annotators read and the dataset threshold /datasets shows come from the same row.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: annotationKeys.guidelines() }),
        queryClient.invalidateQueries({ queryKey: datasetKeys.list() }),
      ]);
    },
  });
}
