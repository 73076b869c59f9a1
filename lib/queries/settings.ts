"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SettingsResponse, UpdateSettingsBody } from "@/lib/annotation/types";
import { annotationKeys } from "@/lib/queries/annotation";
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
      // The guidelines annotators read come from the same row.
      return queryClient.invalidateQueries({ queryKey: annotationKeys.guidelines() });
    },
  });
}
