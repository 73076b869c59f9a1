"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, FallbackTable } from "@/components/results/chart-card";
import { AdjustedEstimate } from "@/components/results/adjusted-estimate";
import { LABEL_TEXT, SENTIMENT_COLOR, SENTIMENT_LABELS } from "@/components/results/palette";
import { formatShare, sumCounts, toShares } from "@/components/results/shares";
import type { LabelCounts, SearchSummary } from "@/lib/results/types";

type Row = LabelCounts & { source: string; count: number };

// The model's labels, the people's answers beside them, and the estimate corrected for the model's errors, as one
// 100 % bar each so the three can be read against each other.
export function SentimentDistribution({ summary, loading, error }: { summary?: SearchSummary; loading: boolean; error: Error | null }) {
  const rows = summary ? toRows(summary) : [];
  return (
    <ChartCard
      title="Sentiment distribution"
      description={summary ? `${summary.total.toLocaleString("en")} items labelled by the model` : undefined}
      state={{ loading, error, empty: !summary || summary.total === 0, emptyText: "No labelled items yet." }}
      chart={
        <>
          <BarChart
            layout="vertical"
            data={rows}
            responsive
            style={{ width: "100%", height: 64 + rows.length * 44 }}
            margin={{ top: 0, right: 12, bottom: 0, left: 0 }}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 1]} tickFormatter={formatShare} label={{ value: "Share of items", position: "insideBottom", offset: -2, fontSize: 12 }} height={40} />
            <YAxis type="category" dataKey="source" width={104} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value, name) => [formatShare(Number(value)), name]} />
            <Legend verticalAlign="top" height={28} />
            {SENTIMENT_LABELS.map((label) => (
              <Bar key={label} dataKey={label} name={LABEL_TEXT[label]} stackId="share" fill={SENTIMENT_COLOR[label]} isAnimationActive={false} />
            ))}
          </BarChart>
          {summary && <AdjustedEstimate summary={summary} />}
        </>
      }
      table={
        summary && (
          <>
            <FallbackTable
              caption="Sentiment distribution"
              headers={["", ...rows.map((row) => `${row.source} (n=${row.count})`)]}
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
  const rows: Row[] = [{ source: "Model labels", count: sumCounts(summary.labels), ...toShares(summary.labels) }];
  const answered = sumCounts(summary.human);
  if (answered > 0) rows.push({ source: "Human answers", count: answered, ...toShares(summary.human) });
  if (summary.adjusted) {
    const { negative, neutral, positive, answered: basis } = summary.adjusted;
    rows.push({ source: "Adjusted", count: basis, negative, neutral, positive });
  }
  return rows;
}
