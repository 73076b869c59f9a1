"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DisagreementsResponse, SettleBody, SettleResponse } from "@/lib/annotation/types";
import { annotationKeys } from "@/lib/queries/annotation";
import { fetchJson } from "@/lib/queries/fetch-json";

export type DisagreementStatus = "all" | "unsettled" | "settled";

export const disagreementKeys = {
  all: ["disagreements"] as const,
  list: (status: DisagreementStatus, page: number) => [...disagreementKeys.all, "list", status, page] as const,
};

export function useDisagreements(status: DisagreementStatus, page: number) {
  return useQuery({
    queryKey: disagreementKeys.list(status, page),
    queryFn: () => fetchJson<DisagreementsResponse>(`/api/disagreements?status=${status}&page=${page}&pageSize=20`),
    placeholderData: keepPreviousData,
  });
}

export function useSettle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, ...body }: SettleBody & { itemId: string }) =>
      fetchJson<SettleResponse>(`/api/disagreements/${encodeURIComponent(itemId)}`, { method: "POST", json: body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: disagreementKeys.all }),
        queryClient.invalidateQueries({ queryKey: annotationKeys.stats() }),
      ]),
  });
}
