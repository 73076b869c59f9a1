"use client";

import { ChartCard, FallbackTable } from "@/components/results/chart-card";
import type { ComparedSearch } from "@/components/results/compare/compare-over-time";
import { HorizontalStackedBars } from "@/components/results/horizontal-stacked-bars";
import { LABEL_TEXT, SENTIMENT_LABELS } from "@/components/results/palette";
import { formatShare, toShares } from "@/components/results/shares";

// Each compared search's label shares as one 100 % bar, one under the other: the adjusted estimate where a search has
// enough human answers (marked), otherwise the model's raw shares.
export function CompareDistributions({ series, loading, error }: { series: ComparedSearch[]; loading: boolean; error: Error | null }) {
  const rows = series.map(({ name, summary }) => {
    const shares = summary.adjusted ?? toShares(summary.labels);
    return {
      name: summary.adjusted ? `${name} (adjusted)` : name,
      total: summary.total,
      negative: shares.negative,
      neutral: shares.neutral,
      positive: shares.positive,
    };
  });
  return (
    <ChartCard
      title="Sentiment distribution"
      description="Share of each label per search; “adjusted” marks estimates corrected by human answers."
      state={{ loading, error, empty: rows.length === 0, emptyText: "Pick searches to compare." }}
      chart={
        <HorizontalStackedBars rows={rows} valueLabel="Share of items" share format={formatShare} nameWidth={130} />
      }
      table={
        <FallbackTable
          caption="Sentiment distribution per search"
          headers={["Search", ...SENTIMENT_LABELS.map((label) => LABEL_TEXT[label]), "Items"]}
          rows={rows.map((row) => [row.name, ...SENTIMENT_LABELS.map((label) => formatShare(row[label])), row.total.toLocaleString("en")])}
        />
      }
    />
  );
}
