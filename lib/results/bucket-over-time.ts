import type { LabelCounts, SearchSummary, TimeBucket } from "@/lib/results/types";

// Daily label counts rolled into the chart's buckets (UTC days, or ISO weeks starting on Monday), with the empty
// buckets between the first and the last filled in, so a quiet day shows as zero instead of vanishing.

const DAY_MS = 86_400_000;
// Past about four months, daily bars get too thin to read: weeks are the default then.
const MAX_DAYS_FOR_DAILY = 120;

export type DailyCounts = LabelCounts & { day: Date };

export function chooseBucket(days: DailyCounts[]): TimeBucket {
  if (days.length === 0) return "day";
  const times = days.map((d) => d.day.getTime());
  return (Math.max(...times) - Math.min(...times)) / DAY_MS > MAX_DAYS_FOR_DAILY ? "week" : "day";
}

export function bucketOverTime(days: DailyCounts[], bucket: TimeBucket): SearchSummary["overTime"] {
  const byStart = new Map<number, LabelCounts>();
  for (const { day, negative, neutral, positive } of days) {
    const start = bucketStart(day, bucket);
    const counts = byStart.get(start) ?? { negative: 0, neutral: 0, positive: 0 };
    byStart.set(start, { negative: counts.negative + negative, neutral: counts.neutral + neutral, positive: counts.positive + positive });
  }
  if (byStart.size === 0) return [];
  const starts = [...byStart.keys()];
  const step = bucket === "week" ? 7 * DAY_MS : DAY_MS;
  const series: SearchSummary["overTime"] = [];
  for (let start = Math.min(...starts); start <= Math.max(...starts); start += step) {
    const counts = byStart.get(start) ?? { negative: 0, neutral: 0, positive: 0 };
    series.push({ bucket: new Date(start).toISOString().slice(0, 10), ...counts });
  }
  return series;
}

/** Midnight UTC of the day, or of the Monday of its week. */
function bucketStart(day: Date, bucket: TimeBucket): number {
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  if (bucket === "day") return midnight;
  const daysSinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return midnight - daysSinceMonday * DAY_MS;
}
