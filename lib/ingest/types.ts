import type { SkipCounts, StopReason } from "@/lib/reddit/types";

// Running totals of one search, mirrored in the Search row's counters.
export type IngestTotals = {
  fetched: number;
  stored: number;
  duplicates: number; // exact (same fullname) + near (same normalized text); near-duplicates are also stored
  nearDuplicates: number;
  skipped: number;
  skippedByReason: SkipCounts;
  requests: number;
  rateLimitWaits: number;
  scanned: number;
};

export type IngestResult = IngestTotals & {
  searchId: string;
  stopReason: StopReason;
  note?: string;
  error?: { code: string; message: string };
};
