"use client";

import { useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, FallbackTable, legendText } from "@/components/results/chart-card";
import { formatBucket, formatBucketTick } from "@/components/results/format-bucket";
import { CHART_TEXT, BALANCE_COLOR, LABEL_TEXT, SENTIMENT_COLOR, SENTIMENT_LABELS, TOOLTIP_TEXT } from "@/components/results/palette";
import { SegmentedControl } from "@/components/results/segmented-control";
import { formatShare, sumCounts, toBalance, toShares } from "@/components/results/shares";
import type { SearchSummary, TimeBucket } from "@/lib/results/types";

type Scale = "count" | "share";

// Stacked counts (or shares) per day or week, and the positive-minus-negative balance as a plain line on its own
// axis: no smoothing, and an empty bucket is a gap in the line rather than a zero.
export function SentimentOverTime({
  summary,
  loading,
  error,
  onBucketChange,
  className,
}: {
  summary?: SearchSummary;
  loading: boolean;
  error: Error | null;
  onBucketChange: (bucket: TimeBucket) => void;
  className?: string;
}) {
  const [scale, setScale] = useState<Scale>("count");
  const bucket = summary?.bucket ?? "day";
  const rows = (summary?.overTime ?? []).map((point) => {
    const values = scale === "share" ? toShares(point) : point;
    return { bucket: point.bucket, total: sumCounts(point), balance: toBalance(point), ...values } as const;
  });
  const format = (value: number) => (scale === "share" ? formatShare(value) : value.toLocaleString("en"));
  return (
    <ChartCard
      title="Sentiment over time"
      className={className}
      description={`Items per ${bucket} by model label; the black line is the positive-minus-negative balance (right axis).`}
      state={{ loading, error, empty: rows.length === 0, emptyText: "No dated items yet." }}
      actions={
        <>
          <SegmentedControl label="Scale" value={scale} onChange={setScale} options={[{ value: "count", text: "Counts" }, { value: "share", text: "Share" }]} />
          <SegmentedControl label="Bucket" value={bucket} onChange={onBucketChange} options={[{ value: "day", text: "Day" }, { value: "week", text: "Week" }]} />
        </>
      }
      chart={
        <ComposedChart data={rows} responsive style={{ width: "100%", height: 300 }} margin={{ top: 4, right: 0, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="bucket" tickFormatter={formatBucketTick} tick={{ fontSize: 11 }} minTickGap={16} label={{ value: bucket === "week" ? "Week" : "Day", position: "insideBottom", offset: 0, fontSize: 12 }} height={48} />
          <YAxis
            yAxisId="volume"
            domain={scale === "share" ? [0, 1] : [0, "auto"]}
            tickFormatter={format}
            tick={{ fontSize: 11 }}
            width={48}
            label={{ value: scale === "share" ? "Share" : "Items", angle: -90, position: "insideLeft", fontSize: 12 }}
          />
          <YAxis yAxisId="balance" orientation="right" domain={[-1, 1]} tickFormatter={(v: number) => v.toFixed(1)} tick={{ fontSize: 11 }} width={40} label={{ value: "Balance", angle: 90, position: "insideRight", fontSize: 12 }} />
          <ReferenceLine yAxisId="balance" y={0} stroke="#94a3b8" />
          <Tooltip
            {...TOOLTIP_TEXT}
            labelFormatter={(label) => formatBucket(String(label), bucket)}
            formatter={(value, name) => [name === "Balance" ? (value === null ? "—" : Number(value).toFixed(2)) : format(Number(value)), name]}
          />
          <Legend verticalAlign="top" height={28} wrapperStyle={CHART_TEXT} formatter={legendText} />
          {SENTIMENT_LABELS.map((label) => (
            <Bar key={label} yAxisId="volume" dataKey={label} name={LABEL_TEXT[label]} stackId="volume" fill={SENTIMENT_COLOR[label]} isAnimationActive={false} />
          ))}
          <Line yAxisId="balance" dataKey="balance" name="Balance" type="linear" stroke={BALANCE_COLOR} strokeWidth={2} dot={rows.length < 40} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      }
      table={
        <FallbackTable
          caption="Sentiment over time"
          headers={[bucket === "week" ? "Week" : "Day", ...SENTIMENT_LABELS.map((label) => LABEL_TEXT[label]), "Total", "Balance"]}
          rows={rows.map((row) => [
            formatBucket(row.bucket, bucket),
            ...SENTIMENT_LABELS.map((label) => format(row[label])),
            row.total.toLocaleString("en"),
            row.balance === null ? "—" : row.balance.toFixed(2),
          ])}
        />
      }
    />
  );
}
