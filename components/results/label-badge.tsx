import { LABEL_TEXT, SENTIMENT_COLOR } from "@/components/results/palette";
import type { ResultItem } from "@/lib/results/types";

// A label as text with a colour swatch: the word carries the meaning, the colour only repeats it.
export function LabelBadge({ label, confidence }: { label: ResultItem["humanLabel"]; confidence?: number | null }) {
  if (!label) return <span className="text-slate-500">—</span>;
  const color = label === "off_topic" ? "#E69F00" : SENTIMENT_COLOR[label];
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ background: color }} />
      {LABEL_TEXT[label]}
      {confidence != null && <span className="text-xs tabular-nums text-slate-500">{Math.round(confidence * 100)} %</span>}
    </span>
  );
}
