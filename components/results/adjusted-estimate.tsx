import { LABEL_TEXT, SENTIMENT_COLOR, SENTIMENT_LABELS } from "@/components/results/palette";
import { formatShare } from "@/components/results/shares";
import type { SearchSummary } from "@/lib/results/types";

// The corrected estimate in words: each label's share with its 95 % interval and the number of answers it rests on,
// or, when there are too few answers, the raw model shares and the reason.
export function AdjustedEstimate({ summary }: { summary: SearchSummary }) {
  const { adjusted, human } = summary;
  if (!adjusted) {
    return (
      <div data-testid="adjusted-estimate" className="mt-3 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">
        <p>
          <span className="font-medium">Raw model shares:</span>{" "}
          {SENTIMENT_LABELS.map((label) => `${LABEL_TEXT[label]} ${formatShare(summary.rawShares[label])}`).join(" · ")}
        </p>
        <p className="mt-0.5 text-xs text-slate-500">
          Not corrected for the model&apos;s errors. {summary.adjustedNote ?? "Too few human answers."}
        </p>
      </div>
    );
  }
  return (
    <div data-testid="adjusted-estimate" className="mt-3 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <p className="font-medium">Adjusted estimate (corrected for the model&apos;s measured errors)</p>
      <ul className="mt-1 grid gap-1 sm:grid-cols-3">
        {SENTIMENT_LABELS.map((label) => (
          <li key={label} className="flex items-baseline gap-2">
            <span aria-hidden className="inline-block size-2.5 shrink-0 rounded-sm" style={{ background: SENTIMENT_COLOR[label] }} />
            <span>
              {LABEL_TEXT[label]} <span className="font-semibold tabular-nums">{formatShare(adjusted[label])}</span>
              <span className="block text-xs text-slate-500 tabular-nums">
                95 % interval {formatShare(adjusted.low[label])}–{formatShare(adjusted.high[label])}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-500">
        Rests on {adjusted.answered.toLocaleString("en")} human answers
        {human.offTopic ? ` (${human.offTopic.toLocaleString("en")} more were marked off-topic)` : ""}.
      </p>
    </div>
  );
}
