"use client";

import { MarkdownText } from "@/components/annotate/markdown-text";
import { ModalDialog } from "@/components/annotate/modal-dialog";
import { firstLine } from "@/components/results/item-columns";
import { LabelBadge } from "@/components/results/label-badge";
import { formatDateTime } from "@/components/ui/format";
import { toRedditUrl } from "@/lib/annotation/to-reddit-url";
import type { ResultItem } from "@/lib/results/types";

// One item in full: the text as sanitized Markdown (Reddit users write Markdown; raw HTML never renders), its
// labels, and the way back to the original thread.
export function ItemDialog({ item, onClose }: { item: ResultItem | null; onClose: () => void }) {
  const url = item && toRedditUrl(item.permalink);
  return (
    <ModalDialog open={item !== null} onClose={onClose} title={item ? (item.kind === "post" ? "Post" : "Comment") : "Item"} wide>
      {item && (
        <article className="space-y-3">
          <div>
            {item.kind === "comment" && item.title && <p className="text-xs text-slate-500">A comment on the post</p>}
            <h3 className="text-lg font-semibold break-words">{item.title ?? firstLine(item)}</h3>
          </div>
          <p className="text-xs text-slate-500">
            r/{item.subreddit}
            {item.author ? ` · u/${item.author}` : ""} · {formatDateTime(item.createdUtc)}
            {item.score !== null ? ` · score ${item.score}` : ""}
          </p>
          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <div className="flex gap-2"><dt className="text-slate-500">Model</dt><dd><LabelBadge label={item.modelLabel} confidence={item.modelConfidence} /></dd></div>
            <div className="flex gap-2"><dt className="text-slate-500">Human</dt><dd><LabelBadge label={item.humanLabel} /></dd></div>
          </dl>
          {item.text.trim() ? (
            <MarkdownText markdown={item.text} className="break-words text-[15px] leading-relaxed text-slate-800" />
          ) : (
            <p className="text-sm italic text-slate-500">No text (a link or title-only post).</p>
          )}
          {url && (
            <a href={url} target="_blank" rel="noreferrer nofollow" className="inline-block text-sm font-medium text-brand-700 underline">
              Open on Reddit ↗
            </a>
          )}
        </article>
      )}
    </ModalDialog>
  );
}
