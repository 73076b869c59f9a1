"use client";

import { useEffect, useRef } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { BySubreddit } from "@/components/results/by-subreddit";
import { FilterError } from "@/components/results/filter-error";
import { ItemFiltersBar } from "@/components/results/item-filters";
import { ItemsSection } from "@/components/results/items-section";
import { SearchHeader } from "@/components/results/search-header";
import { SentimentDistribution } from "@/components/results/sentiment-distribution";
import { SentimentOverTime } from "@/components/results/sentiment-over-time";
import { useResultFilters } from "@/components/results/use-result-filters";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiError } from "@/lib/queries/fetch-json";
import { resultKeys, useSearch, useSearchSummary } from "@/lib/queries/results";
import { isActive } from "@/lib/queries/searches";

// The result page of one search: header, filters, three charts and the item table, all following the URL's filters.
// While the search runs, the search, the summary and the first item pages poll; when it ends they refresh once more.
export function SearchResults({ searchId }: { searchId: string }) {
  const search = useSearch(searchId);
  const { filters, bucket, setFilters, clearFilters, setBucket } = useResultFilters();
  const live = search.data ? isActive(search.data) : false;
  const summary = useSearchSummary({ id: searchId, filters, bucket, live });
  useRefreshWhenFinished(searchId, live);

  if (search.isPending) return <p className="text-sm text-slate-500">Loading search…</p>;
  if (search.isError) {
    const missing = search.error instanceof ApiError && search.error.status === 404;
    return (
      <EmptyState title={missing ? "No such search" : "Could not load this search"}>
        {missing ? "It may have been deleted, or the link is wrong." : search.error.message}
      </EmptyState>
    );
  }
  const chartProps = { summary: summary.data, loading: summary.isPending, error: summary.error };
  return (
    <>
      <SearchHeader search={search.data} />
      <Card className="mb-4 p-4">
        <ItemFiltersBar filters={filters} onChange={setFilters} onClear={clearFilters} />
        <FilterError error={summary.error} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <SentimentDistribution {...chartProps} />
        <BySubreddit {...chartProps} selected={filters.subreddit} onSelect={(subreddit) => setFilters({ subreddit })} />
        <SentimentOverTime {...chartProps} onBucketChange={setBucket} className="lg:col-span-2" />
      </div>
      <div className="mt-6">
        <ItemsSection searchId={searchId} filters={filters} total={summary.data?.total} live={live} />
      </div>
    </>
  );
}

/** The last predictions land between two polls: when the search stops running, fetch its results once more. */
function useRefreshWhenFinished(searchId: string, live: boolean) {
  const queryClient = useQueryClient();
  const wasLive = useRef(live);
  useEffect(() => {
    if (wasLive.current && !live) void queryClient.invalidateQueries({ queryKey: [...resultKeys.all, searchId] });
    wasLive.current = live;
  }, [live, queryClient, searchId]);
}
