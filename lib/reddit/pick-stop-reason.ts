import type { StopReason } from "@/lib/reddit/types";

// Several listings (one per subreddit, or posts then comments) end separately; the search reports the most
// telling one, so a loop or a cap in one listing is not hidden behind another one's clean end.
const PRIORITY: StopReason[] = ["error", "aborted", "repeated-cursor", "empty-page", "listing-cap", "comments-cut", "limit", "exhausted"];

export function pickStopReason(options: { reasons: StopReason[] }): StopReason {
  return PRIORITY.find((r) => options.reasons.includes(r)) ?? "exhausted";
}
