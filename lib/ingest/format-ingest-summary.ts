import type { IngestResult } from "@/lib/ingest/types";

const REASONS: Record<string, string> = {
  exhausted: "the source has no more results",
  limit: "the --limit was reached",
  "listing-cap": "Reddit's listing cap was reached (search results end near 250, listings at 1000)",
  "comments-cut": "comment threads were cut at the expansion bound (see the note for what was left)",
  "repeated-cursor": "the source handed back a cursor it had already given (a pagination loop)",
  "empty-page": "an empty page still carried a cursor (following it would loop)",
  aborted: "it was cancelled",
  error: "it failed (see below)",
};

// The CLI's closing report: what was fetched and why it ended.
export function formatIngestSummary(options: { result: IngestResult; elapsedMs: number }): string {
  const { result } = options;
  const skipped = Object.entries(result.skippedByReason).map(([k, v]) => `${k} ${v}`).join(", ") || "none";
  const lines = [
    `fetched      ${result.fetched}${result.scanned ? ` (of ${result.scanned} dump lines scanned)` : ""}`,
    `stored       ${result.stored} new for this search`,
    `duplicates   ${result.duplicates - result.nearDuplicates} same id, ${result.nearDuplicates} same text (stored, flagged)`,
    `skipped      ${result.skipped} (${skipped})`,
    `requests     ${result.requests}, rate-limit waits ${result.rateLimitWaits}`,
    `stopped      ${result.stopReason}: ${REASONS[result.stopReason] ?? result.stopReason}${result.note ? ` [${result.note}]` : ""}`,
    `took         ${(options.elapsedMs / 1000).toFixed(1)} s`,
  ];
  if (result.error) lines.push(`error        ${result.error.code}: ${result.error.message}`);
  return lines.join("\n");
}
