import type { LabelCounts } from "@/lib/results/types";

// Small arithmetic the charts share: counts to shares, and the positive-minus-negative balance.

export function sumCounts(counts: LabelCounts): number {
  return counts.negative + counts.neutral + counts.positive;
}

/** Shares (0..1) of each label; all zero when there is nothing to share. */
export function toShares(counts: LabelCounts): LabelCounts {
  const total = sumCounts(counts);
  if (total === 0) return { negative: 0, neutral: 0, positive: 0 };
  return { negative: counts.negative / total, neutral: counts.neutral / total, positive: counts.positive / total };
}

/** Positive share minus negative share (-1..1), or null for an empty bucket: a gap, not a fake zero. */
export function toBalance(counts: LabelCounts): number | null {
  const total = sumCounts(counts);
  return total === 0 ? null : (counts.positive - counts.negative) / total;
}

export function formatShare(value: number): string {
  return `${(value * 100).toFixed(value > 0 && value < 0.1 ? 1 : 0)} %`;
}
