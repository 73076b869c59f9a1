import { sumCounts, toBalance, toShares } from "@/components/results/shares";
import type { LabelCounts, SearchSummary } from "@/lib/results/types";

export type CompareMetric = "balance" | "positive";
export type CompareRow = { bucket: string } & Record<string, number | null | string>;

/**
 * One row per bucket present in any compared search, one column per search (its id), holding the chosen metric.
 * A search without items in a bucket gets null there (a gap in its line), never a zero it did not measure.
 */
export function mergeOverTime(series: Array<{ id: string; summary: SearchSummary }>, metric: CompareMetric): CompareRow[] {
  const rows = new Map<string, CompareRow>();
  for (const { id, summary } of series) {
    for (const point of summary.overTime) {
      const row = rows.get(point.bucket) ?? { bucket: point.bucket };
      row[id] = measure(point, metric);
      rows.set(point.bucket, row);
    }
  }
  const ids = series.map((s) => s.id);
  return [...rows.values()]
    .map((row) => Object.fromEntries([["bucket", row.bucket], ...ids.map((id) => [id, row[id] ?? null])]) as CompareRow)
    .sort((a, b) => a.bucket.localeCompare(b.bucket));
}

function measure(point: LabelCounts, metric: CompareMetric): number | null {
  if (metric === "balance") return toBalance(point);
  return sumCounts(point) === 0 ? null : toShares(point).positive;
}
