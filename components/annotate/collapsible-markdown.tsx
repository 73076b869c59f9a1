"use client";

import { useId, useState } from "react";
import { MarkdownText } from "@/components/annotate/markdown-text";

// Long Reddit texts (some are 50 kB) are collapsed behind "Show more". Collapsed, only the start is rendered at all:
// the next item must paint within 100 ms of the keypress, whatever the length of the text.
const COLLAPSE_OVER = 900;
const PREVIEW_CHARS = 600;

export function CollapsibleMarkdown({ markdown, keywords }: { markdown: string; keywords: string[] }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const long = markdown.length > COLLAPSE_OVER;
  const shown = long && !expanded ? `${cutAtWord(markdown, PREVIEW_CHARS)} …` : markdown;
  return (
    <div>
      <div id={id}>
        <MarkdownText markdown={shown} keywords={keywords} className="break-words text-[15px] leading-relaxed text-slate-800" />
      </div>
      {long && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((value) => !value)}
          className="mt-2 text-sm font-medium text-brand-700 hover:underline"
        >
          {expanded ? "Show less" : `Show more (${Math.round(markdown.length / 100) / 10}k characters)`}
        </button>
      )}
    </div>
  );
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return space > max * 0.6 ? cut.slice(0, space) : cut;
}
