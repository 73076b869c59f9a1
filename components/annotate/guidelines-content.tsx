"use client";

import { MarkdownText } from "@/components/annotate/markdown-text";
import { formatDateTime } from "@/components/ui/format";
import { useGuidelines } from "@/lib/queries/annotation";

// The admin's labeling guidelines, rendered sanitized (on the queue screen's `g` panel and on their own page).
export function GuidelinesContent({ enabled = true }: { enabled?: boolean }) {
  const guidelines = useGuidelines({ enabled });
  if (guidelines.isPending) return <p className="text-sm text-slate-500">Loading guidelines…</p>;
  if (guidelines.isError) return <p role="alert" className="text-sm text-rose-700">{guidelines.error.message}</p>;
  if (!guidelines.data.markdown.trim()) {
    return <p className="text-sm text-slate-500">No guidelines yet. An admin writes them under Settings.</p>;
  }
  return (
    <div>
      <MarkdownText markdown={guidelines.data.markdown} className="text-[15px] leading-relaxed text-slate-800" />
      {guidelines.data.updatedAt && <p className="mt-4 text-xs text-slate-500">Last changed {formatDateTime(guidelines.data.updatedAt)}</p>}
    </div>
  );
}
