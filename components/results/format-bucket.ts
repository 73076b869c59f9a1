import type { TimeBucket } from "@/lib/results/types";

const dayFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const longFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** An axis tick: "Mar 4". Buckets start at UTC midnight (the API's contract), so they are shown in UTC. */
export function formatBucketTick(bucket: string): string {
  return dayFormat.format(new Date(bucket));
}

/** A tooltip or table heading: "Mar 4, 2026" or "Week of Mar 4, 2026". */
export function formatBucket(bucket: string, size: TimeBucket): string {
  const date = longFormat.format(new Date(bucket));
  return size === "week" ? `Week of ${date}` : date;
}
