"use client";

import { ChartCard, FallbackTable } from "@/components/results/chart-card";
import { HorizontalStackedBars } from "@/components/results/horizontal-stacked-bars";
import { LABEL_TEXT, SENTIMENT_LABELS } from "@/components/results/palette";
import type { SearchSummary } from "@/lib/results/types";

const SHOWN = 12;

// The subreddits with the most items and how each one feels. A click on a bar (or on its name in the table view)
// narrows the whole page to that subreddit.
export function BySubreddit({
  summary,
  loading,
  error,
  selected,
  onSelect,
}: {
  summary?: SearchSummary;
  loading: boolean;
  error: Error | null;
  selected?: string;
  onSelect: (subreddit: string | undefined) => void;
}) {
  const rows = (summary?.bySubreddit ?? []).slice(0, SHOWN).map((row) => ({ ...row, name: `r/${row.subreddit}` }));
  return (
    <ChartCard
      title="By subreddit"
      description={selected ? `Showing r/${selected} only.` : "Top subreddits by volume. Click one to filter the page."}
      state={{ loading, error, empty: rows.length === 0, emptyText: "No items yet." }}
      actions={
        selected && (
          <button type="button" onClick={() => onSelect(undefined)} className="rounded-md px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50">
            All subreddits
          </button>
        )
      }
      chart={
        <HorizontalStackedBars rows={rows} valueLabel="Items" onSelect={(row) => onSelect(row.subreddit)} />
      }
      table={
        <FallbackTable
          caption="Items by subreddit"
          headers={["Subreddit", ...SENTIMENT_LABELS.map((label) => LABEL_TEXT[label]), "Total"]}
          rows={rows.map((row) => [
            <button key={row.subreddit} type="button" onClick={() => onSelect(row.subreddit)} className="text-brand-700 hover:underline">
              {row.name}
            </button>,
            ...SENTIMENT_LABELS.map((label) => row[label].toLocaleString("en")),
            row.total.toLocaleString("en"),
          ])}
        />
      }
    />
  );
}
