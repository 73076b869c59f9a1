"use client";

import { useQuery } from "@tanstack/react-query";
import type {
  CorrectionBody,
  CorrectionResponse,
  GuidelinesResponse,
  QueueResponse,
  ReleaseClaimsResponse,
  RenewClaimsResponse,
  StatsResponse,
  UndoCorrectionResponse,
} from "@/lib/annotation/types";
import { fetchJson } from "@/lib/queries/fetch-json";

// The annotation screen's requests. The queue itself is a local buffer (components/annotate/use-annotation-session),
// not a cached query: every GET /api/queue claims items, so it must run exactly when the screen asks for more.

export type QueueFilters = { searchId?: string; subreddit?: string; label?: string; order?: string };

export const annotationKeys = {
  all: ["annotation"] as const,
  stats: () => [...annotationKeys.all, "stats"] as const,
  guidelines: () => [...annotationKeys.all, "guidelines"] as const,
};

export function fetchQueueBatch(filters: QueueFilters, options: { limit: number; exclude: string[] }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  params.set("limit", String(options.limit));
  if (options.exclude.length > 0) params.set("exclude", options.exclude.join(","));
  return fetchJson<QueueResponse>(`/api/queue?${params}`);
}

export function renewClaims(itemIds: string[]) {
  return fetchJson<RenewClaimsResponse>("/api/queue/claims", { method: "POST", json: { itemIds } });
}

let releasedForSignOut = false; // this page's session is ending: nothing left to release, and no session to do it with

export function releaseClaims(options: { keepalive?: boolean } = {}): Promise<ReleaseClaimsResponse> {
  if (releasedForSignOut) return Promise.resolve({ released: 0 });
  return fetchJson<ReleaseClaimsResponse>("/api/queue/claims", { method: "DELETE", keepalive: options.keepalive });
}

/** Before signing out: my claimed items go back to the queue at once (not after their claim's TTL), and the screen's
 * own release on leaving the page, which would now be refused (401), is skipped. The page is reloaded after sign-out. */
export async function releaseClaimsForSignOut(): Promise<void> {
  await releaseClaims().catch(() => undefined);
  releasedForSignOut = true;
}

export function saveCorrection(body: CorrectionBody) {
  return fetchJson<CorrectionResponse>("/api/corrections", { method: "POST", json: body });
}

export function undoCorrection(itemId: string) {
  return fetchJson<UndoCorrectionResponse>(`/api/corrections/${encodeURIComponent(itemId)}`, { method: "DELETE" });
}

/** Today / total / pace for me, and for an admin the team's agreement (kappa per pair, alpha overall). */
export function useAnnotationStats(options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: annotationKeys.stats(),
    queryFn: () => fetchJson<StatsResponse>("/api/annotation/stats"),
    refetchInterval: options.refetchInterval,
  });
}

export function useGuidelines(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: annotationKeys.guidelines(),
    queryFn: () => fetchJson<GuidelinesResponse>("/api/guidelines"),
    enabled: options.enabled ?? true,
    staleTime: 60_000,
  });
}
