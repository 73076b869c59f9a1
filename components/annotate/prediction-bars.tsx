import { SENTIMENT_STYLE, SentimentBadge } from "@/components/annotate/sentiment-style";
import { formatPercent } from "@/components/ui/format";
import { SENTIMENTS, type QueuePrediction } from "@/lib/annotation/types";

// What the model said: its label, how sure it was, and the three probabilities as small bars.
export function PredictionBars({ prediction }: { prediction: Pick<QueuePrediction, "label" | "confidence" | "probabilities"> }) {
  return (
    <section aria-label="Model prediction" className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        Model says <SentimentBadge label={prediction.label} />
        <span className="tabular-nums">{formatPercent(prediction.confidence)} sure</span>
      </p>
      <dl className="grid grid-cols-[5.5rem_1fr_2.5rem] items-center gap-x-2 gap-y-1 text-xs">
        {SENTIMENTS.map((sentiment) => {
          const p = prediction.probabilities[sentiment] ?? 0;
          return (
            <div key={sentiment} className="contents">
              <dt className="text-slate-500">{sentiment}</dt>
              <dd className="h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                <div className={`h-full rounded-full ${SENTIMENT_STYLE[sentiment].bar}`} style={{ width: `${Math.round(p * 100)}%` }} />
              </dd>
              <dd className="text-right tabular-nums text-slate-600">{formatPercent(p)}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
