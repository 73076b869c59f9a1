"use client";

import { ChartCard, FallbackTable } from "@/components/results/chart-card";
import { AdjustedEstimate } from "@/components/results/adjusted-estimate";
import { HorizontalStackedBars } from "@/components/results/horizontal-stacked-bars";
import { LABEL_TEXT, SENTIMENT_LABELS } from "@/components/results/palette";
import { formatShare, sumCounts, toShares } from "@/components/results/shares";
import type { LabelCounts, SearchSummary } from "@/lib/results/types";

type Row = LabelCounts & { name: string; count: number };

// The model's labels, the people's answers beside them, and the estimate corrected for the model's errors, as one
// 100 % bar each so the three can be read against each other.
export function SentimentDistribution({ summary, loading, error }: { summary?: SearchSummary; loading: boolean; error: Error | null }) {
  const rows = summary ? toRows(summary) : [];
  return (
    <ChartCard
      title="Sentiment distribution"
      description={summary ? describeLabelled(summary) : undefined}
      state={{ loading, error, empty: !summary || summary.total === 0, emptyText: "No labelled items yet." }}
      chart={
        <>
          <HorizontalStackedBars rows={rows} valueLabel="Share of items" share format={formatShare} nameWidth={104} />
          {summary && <AdjustedEstimate summary={summary} />}
        </>
      }
      table={
        summary && (
          <>
            <FallbackTable
              caption="Sentiment distribution"
              headers={["", ...rows.map((row) => `${row.name} (n=${row.count})`)]}
              rows={SENTIMENT_LABELS.map((label) => [LABEL_TEXT[label], ...rows.map((row) => formatShare(row[label]))])}
            />
            <AdjustedEstimate summary={summary} />
          </>
        )
      }
    />
  );
}

function toRows(summary: SearchSummary): Row[] {
  const rows: Row[] = [{ name: "Model labels", count: sumCounts(summary.labels), ...toShares(summary.labels) }];
  const answered = sumCounts(summary.human);
  if (answered > 0) rows.push({ name: "Human answers", count: answered, ...toShares(summary.human) });
  if (summary.adjusted) {
    const { negative, neutral, positive, answered: basis } = summary.adjusted;
    rows.push({ name: "Adjusted", count: basis, negative, neutral, positive });
  }
  return rows;
}

/** While the search runs, stored items wait for their label: say how many the bars rest on. */
function describeLabelled(summary: SearchSummary): string {
  const labelled = sumCounts(summary.labels);
  const of = labelled === summary.total ? "" : ` of ${summary.total.toLocaleString("en")}`;
  return `${labelled.toLocaleString("en")}${of} items labelled by the model`;
}
