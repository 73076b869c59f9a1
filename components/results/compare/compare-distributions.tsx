"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, FallbackTable } from "@/components/results/chart-card";
import type { ComparedSearch } from "@/components/results/compare/compare-over-time";
import { LABEL_TEXT, SENTIMENT_COLOR, SENTIMENT_LABELS } from "@/components/results/palette";
import { formatShare, toShares } from "@/components/results/shares";

// Each compared search's label shares as one 100 % bar, one under the other: the adjusted estimate where a search has
// enough human answers (marked), otherwise the model's raw shares.
export function CompareDistributions({ series, loading, error }: { series: ComparedSearch[]; loading: boolean; error: Error | null }) {
  const rows = series.map(({ keyword, summary }) => {
    const shares = summary.adjusted ?? toShares(summary.labels);
    return {
      name: summary.adjusted ? `${keyword} (adjusted)` : keyword,
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
        <BarChart layout="vertical" data={rows} responsive style={{ width: "100%", height: 76 + rows.length * 40 }} margin={{ top: 0, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 1]} tickFormatter={formatShare} tick={{ fontSize: 11 }} height={40} label={{ value: "Share of items", position: "insideBottom", offset: -2, fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value, name) => [formatShare(Number(value)), name]} />
          <Legend verticalAlign="top" height={28} />
          {SENTIMENT_LABELS.map((label) => (
            <Bar key={label} dataKey={label} name={LABEL_TEXT[label]} stackId="share" fill={SENTIMENT_COLOR[label]} isAnimationActive={false} />
          ))}
        </BarChart>
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
