import type { Sentiment } from "@/lib/annotation/types";

// One look per sentiment across the annotation screens (colors from app/globals.css).
export const SENTIMENT_STYLE: Record<Sentiment, { bar: string; badge: string; button: string; key: string }> = {
  negative: {
    bar: "bg-negative",
    badge: "bg-rose-50 text-rose-800 ring-rose-200",
    button: "bg-rose-50 text-rose-900 ring-rose-200 hover:bg-rose-100 aria-pressed:bg-rose-600 aria-pressed:text-white",
    key: "1",
  },
  neutral: {
    bar: "bg-neutral-sentiment",
    badge: "bg-slate-100 text-slate-800 ring-slate-200",
    button: "bg-slate-50 text-slate-900 ring-slate-300 hover:bg-slate-100 aria-pressed:bg-slate-600 aria-pressed:text-white",
    key: "2",
  },
  positive: {
    bar: "bg-positive",
    badge: "bg-emerald-50 text-emerald-800 ring-emerald-200",
    button: "bg-emerald-50 text-emerald-900 ring-emerald-200 hover:bg-emerald-100 aria-pressed:bg-emerald-600 aria-pressed:text-white",
    key: "3",
  },
};

export function SentimentBadge({ label }: { label: Sentiment }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${SENTIMENT_STYLE[label].badge}`}>{label}</span>;
}
