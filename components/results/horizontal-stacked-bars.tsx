"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { legendText } from "@/components/results/chart-card";
import { CHART_TEXT, LABEL_TEXT, SENTIMENT_COLOR, SENTIMENT_LABELS, TOOLTIP_TEXT } from "@/components/results/palette";
import type { LabelCounts } from "@/lib/results/types";

type Row = LabelCounts & { name: string };

// One horizontal bar per row (a source, a subreddit, a search), stacked by sentiment in the shared palette. The
// distribution, by-subreddit and compare charts differ only in their rows, value axis and click.
export function HorizontalStackedBars<T extends Row>({
  rows,
  valueLabel,
  share = false,
  format,
  nameWidth = 120,
  onSelect,
}: {
  rows: T[];
  valueLabel: string;
  share?: boolean; // values are 0..1 shares: the axis runs to 100 %
  format?: (value: number) => string;
  nameWidth?: number;
  onSelect?: (row: T) => void;
}) {
  return (
    <BarChart
      layout="vertical"
      data={rows}
      responsive
      style={{ width: "100%", height: 84 + rows.length * 36 }}
      margin={{ top: 0, right: 12, bottom: 0, left: 0 }}
      cursor={onSelect ? "pointer" : undefined}
      onClick={(state) => {
        const row = rows[Number(state?.activeTooltipIndex)];
        if (onSelect && row) onSelect(row);
      }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis
        type="number"
        domain={share ? [0, 1] : [0, "auto"]}
        allowDecimals={share}
        tickFormatter={format}
        tick={{ fontSize: 11 }}
        height={48}
        label={{ value: valueLabel, position: "insideBottom", offset: 0, fontSize: 12 }}
      />
      <YAxis type="category" dataKey="name" width={nameWidth} tick={{ fontSize: 12 }} interval={0} />
      <Tooltip {...TOOLTIP_TEXT} formatter={(value, name) => [format ? format(Number(value)) : Number(value).toLocaleString("en"), name]} />
      <Legend verticalAlign="top" height={28} wrapperStyle={CHART_TEXT} formatter={legendText} />
      {SENTIMENT_LABELS.map((label) => (
        <Bar key={label} dataKey={label} name={LABEL_TEXT[label]} stackId="sentiment" fill={SENTIMENT_COLOR[label]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
