import { forwardRef } from "react";
import { CollapsibleMarkdown } from "@/components/annotate/collapsible-markdown";
import { keywordPattern, splitByKeywords } from "@/components/annotate/highlight-keywords";
import { PredictionBars } from "@/components/annotate/prediction-bars";
import { formatDateTime } from "@/components/ui/format";
import type { QueueItem } from "@/lib/annotation/types";

// What is being labelled: the Reddit text with its context (post title and parent comment for a comment), where it
// came from, and the model's prediction. Focusable (tabIndex -1) so a screen reader reads each new item.
export const ItemView = forwardRef<HTMLElement, { item: QueueItem; position: string }>(function ItemView({ item, position }, ref) {
  const pattern = keywordPattern(item.keywords);
  const titleId = `item-title-${item.itemId}`;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="queue-item"
      data-item-id={item.itemId}
      data-model-label={item.prediction.label}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium uppercase tracking-wide text-slate-600">{item.kind}</span>
        <span className="font-medium text-slate-700">r/{item.subreddit}</span>
        <span>u/{item.author ?? "[deleted]"}</span>
        {item.score !== null && <span className="tabular-nums">{item.score} points</span>}
        <time dateTime={item.createdUtc}>{formatDateTime(item.createdUtc)}</time>
        {item.redditUrl && (
          <a href={item.redditUrl} target="_blank" rel="noreferrer" className="font-medium text-brand-700 hover:underline">
            Open on Reddit<span aria-hidden="true"> ↗</span>
          </a>
        )}
        <span className="ml-auto tabular-nums" aria-hidden="true">{position}</span>
      </p>

      {item.kind === "comment" && (item.postTitle || item.parentComment) && (
        <div className="mt-3 space-y-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-600">
          {item.postTitle && (
            <p>
              <span className="text-xs font-medium uppercase tracking-wide text-slate-500">On the post </span>
              <Highlighted text={item.postTitle} pattern={pattern} />
            </p>
          )}
          {item.parentComment && (
            <blockquote className="border-l-2 border-slate-300 pl-3">
              <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">
                Replying to u/{item.parentComment.author ?? "[deleted]"}
              </span>
              <span className="line-clamp-4 whitespace-pre-line">{item.parentComment.body}</span>
            </blockquote>
          )}
        </div>
      )}

      <h2 id={titleId} className="mt-3 text-lg font-semibold leading-snug text-slate-900">
        {item.title ? <Highlighted text={item.title} pattern={pattern} /> : <span className="text-slate-500">Comment by u/{item.author ?? "[deleted]"}</span>}
      </h2>
      {item.body.trim() && (
        <div className="mt-2">
          <CollapsibleMarkdown key={item.itemId} markdown={item.body} keywords={item.keywords} />
        </div>
      )}

      <div className="mt-4 border-t border-slate-100 pt-4">
        <PredictionBars prediction={item.prediction} />
      </div>
    </article>
  );
});

function Highlighted({ text, pattern }: { text: string; pattern: RegExp | null }) {
  return (
    <>
      {splitByKeywords(text, pattern).map((part, i) =>
        part.match ? <mark key={i} className="rounded bg-amber-100 px-0.5 text-inherit">{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
