import type { StopReason } from "@/lib/reddit/types";

export type SkippedSubreddit = { sub: string; code: string; message: string };
export type CommentsLeft = { posts: number; comments: number; threads: number };

// The Reddit source's closing note: how each listing ended, which subreddits were refused and why, and what the
// comment expansion bound left behind, so a cut is never reported as a clean end.
export function describeRedditStops(options: {
  subs: (string | null)[];
  reasons: StopReason[];
  counts: number[];
  skippedSubs: SkippedSubreddit[];
  commentsLeft: CommentsLeft | null;
  maxExtraCommentRequests: number;
}): string {
  const { subs, reasons, counts } = options;
  const parts = subs.map((s, i) => {
    const name = s ? `r/${s}` : "all of Reddit";
    const refused = options.skippedSubs.find((k) => k.sub === s);
    if (refused) return `${name}: skipped (${refused.code}: ${refused.message})`;
    const count = counts[i];
    // Reddit search ends near 250 results whatever the true count: say so, and where to find the rest.
    const hint = reasons[i] === "exhausted" && count !== undefined && count >= 240 ? "; Reddit search stops near 250, Arctic Shift has more" : "";
    return `${name}: ${reasons[i] ?? "not reached"}${count !== undefined ? ` after ${count} results${hint}` : ""}`;
  });
  const left = options.commentsLeft;
  if (left && left.posts > 0) {
    parts.push(
      `comments: ${left.posts} post(s) cut at ${options.maxExtraCommentRequests} extra requests each, ${left.comments - left.threads} comment(s) and ${left.threads} thread(s) left unexpanded (raise --max-comment-requests or REDDIT_MAX_COMMENT_REQUESTS)`,
    );
  }
  return parts.join("; ");
}
