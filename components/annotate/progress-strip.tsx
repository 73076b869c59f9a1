"use client";

import { formatPercent } from "@/components/ui/format";
import { useAnnotationStats } from "@/lib/queries/annotation";

// Today / total / pace from GET /api/annotation/stats, plus what is left in this queue and whether saves are pending.
export function ProgressStrip({ remaining, pendingSaves }: { remaining: number | null; pendingSaves: number }) {
  const stats = useAnnotationStats({ refetchInterval: 60_000 });
  const me = stats.data?.me;
  const pace = me?.pace.answersPerHour;
  return (
    <dl aria-label="Progress" className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-slate-600">
      <Figure label="Today" value={me ? String(me.today) : "…"} />
      <Figure label="Total" value={me ? String(me.total) : "…"} />
      <Figure label="Pace" value={pace ? `${Math.round(pace)}/h` : "–"} title={me?.pace.medianSecondsPerItem ? `median ${me.pace.medianSecondsPerItem.toFixed(1)} s per item` : undefined} />
      {me?.agreementWithModel != null && <Figure label="Agree with model" value={formatPercent(me.agreementWithModel)} />}
      {remaining !== null && <Figure label="Left in this queue" value={String(remaining)} />}
      <div className="ml-auto text-xs" data-testid="save-status">
        {pendingSaves > 0 ? <span className="text-amber-700">Saving {pendingSaves}…</span> : <span className="text-emerald-700">All answers saved</span>}
      </div>
    </dl>
  );
}

function Figure({ label, value, title }: { label: string; value: string; title?: string }) {
  return (
    <div className="flex items-baseline gap-1.5" title={title}>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}
