"use client";

import { useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, FallbackTable, legendText } from "@/components/results/chart-card";
import { mergeOverTime, type CompareMetric } from "@/components/results/compare/merge-over-time";
import { formatBucket, formatBucketTick } from "@/components/results/format-bucket";
import { CHART_TEXT, SERIES_COLORS, TOOLTIP_TEXT } from "@/components/results/palette";
import { SegmentedControl } from "@/components/results/segmented-control";
import { formatShare } from "@/components/results/shares";
import type { SearchSummary, TimeBucket } from "@/lib/results/types";

/** `name`: the keyword, numbered when several compared searches share it (search-names.ts). */
export type ComparedSearch = { id: string; name: string; summary: SearchSummary };

// The compared searches' sentiment over time on one chart: one un-smoothed line each, the balance or the positive share.
export function CompareOverTime({ series, bucket, loading, error }: { series: ComparedSearch[]; bucket: TimeBucket; loading: boolean; error: Error | null }) {
  const [metric, setMetric] = useState<CompareMetric>("balance");
  const rows = mergeOverTime(series, metric);
  const format = (value: number) => (metric === "balance" ? value.toFixed(2) : formatShare(value));
  const metricName = metric === "balance" ? "Balance (positive − negative)" : "Positive share";
  return (
    <ChartCard
      title="Sentiment over time"
      description={`${metricName} per ${bucket}, one line per search.`}
      state={{ loading, error, empty: rows.length === 0, emptyText: "These searches have no dated items." }}
      actions={
        <SegmentedControl label="Measure" value={metric} onChange={setMetric} options={[{ value: "balance", text: "Balance" }, { value: "positive", text: "Positive share" }]} />
      }
      chart={
        <LineChart data={rows} responsive style={{ width: "100%", height: 320 }} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="bucket" tickFormatter={formatBucketTick} tick={{ fontSize: 11 }} minTickGap={16} height={48} label={{ value: bucket === "week" ? "Week" : "Day", position: "insideBottom", offset: 0, fontSize: 12 }} />
          <YAxis
            domain={metric === "balance" ? [-1, 1] : [0, 1]}
            tickFormatter={format}
            tick={{ fontSize: 11 }}
            width={52}
            label={{ value: metric === "balance" ? "Balance" : "Positive", angle: -90, position: "insideLeft", fontSize: 12 }}
          />
          {metric === "balance" && <ReferenceLine y={0} stroke="#94a3b8" />}
          <Tooltip {...TOOLTIP_TEXT} labelFormatter={(label) => formatBucket(String(label), bucket)} formatter={(value, name) => [value === null ? "—" : format(Number(value)), name]} />
          <Legend verticalAlign="top" height={28} wrapperStyle={CHART_TEXT} formatter={legendText} />
          {series.map((s, index) => (
            <Line
              key={s.id}
              dataKey={s.id}
              name={s.name}
              type="linear"
              stroke={SERIES_COLORS[index]}
              strokeWidth={2}
              strokeDasharray={index % 2 ? "6 3" : undefined} // line style as a second cue besides colour
              dot={rows.length < 40}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      }
      table={
        <FallbackTable
          caption={`${metricName} over time`}
          headers={[bucket === "week" ? "Week" : "Day", ...series.map((s) => s.name)]}
          rows={rows.map((row) => [formatBucket(row.bucket, bucket), ...series.map((s) => (row[s.id] === null ? "—" : format(Number(row[s.id]))))])}
        />
      }
    />
  );
}
