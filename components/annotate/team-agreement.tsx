"use client";

import { Card } from "@/components/ui/card";
import { Cell, Table } from "@/components/ui/table";
import { formatPercent } from "@/components/ui/format";
import { useAnnotationStats } from "@/lib/queries/annotation";

// How much annotators agree: Krippendorff's alpha over all answers, Cohen's kappa for each pair, and each
// annotator's volume and agreement with the model.
export function TeamAgreement() {
  const stats = useAnnotationStats();
  if (stats.isPending) return <p className="text-sm text-slate-500">Loading agreement…</p>;
  if (stats.isError) return <p role="alert" className="text-sm text-rose-700">{stats.error.message}</p>;
  const team = stats.data.team;
  if (!team) return null;
  return (
    <section aria-label="Agreement" className="space-y-3">
      <Card className="flex flex-wrap items-baseline gap-x-6 gap-y-1 px-5 py-4">
        <p className="text-sm text-slate-600">
          Krippendorff&apos;s alpha (nominal): <strong className="text-lg tabular-nums text-slate-900" data-testid="alpha">{formatNumber(team.alpha)}</strong>
        </p>
        <p className="text-xs text-slate-500">
          over {team.alphaItems} items with two or more answers · values {team.categories.join(", ")} · 1 is perfect agreement, 0 is chance
        </p>
      </Card>
      {team.pairs.length > 0 && (
        <Table label="Agreement per pair" headers={["Annotators", "Shared items", "Observed", "Cohen's kappa"]}>
          {team.pairs.map((pair) => (
            <tr key={`${pair.a.id}-${pair.b.id}`}>
              <Cell>{pair.a.name} · {pair.b.name}</Cell>
              <Cell className="tabular-nums">{pair.items}</Cell>
              <Cell className="tabular-nums">{pair.observedAgreement === null ? "–" : formatPercent(pair.observedAgreement)}</Cell>
              <Cell className="tabular-nums">{formatNumber(pair.kappa)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {team.annotators.length > 0 && (
        <Table label="Annotators" headers={["Annotator", "Today", "Total", "Skipped", "Off-topic", "Agree with model", "Pace"]}>
          {team.annotators.map((row) => (
            <tr key={row.annotator.id}>
              <Cell>{row.annotator.name}</Cell>
              <Cell className="tabular-nums">{row.today}</Cell>
              <Cell className="tabular-nums">{row.total}</Cell>
              <Cell className="tabular-nums">{row.skipped}</Cell>
              <Cell className="tabular-nums">{row.offTopic}</Cell>
              <Cell className="tabular-nums">{row.agreementWithModel === null ? "–" : formatPercent(row.agreementWithModel)}</Cell>
              <Cell className="tabular-nums">{row.pace.answersPerHour ? `${Math.round(row.pace.answersPerHour)}/h` : "–"}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function formatNumber(value: number | null): string {
  return value === null ? "–" : value.toFixed(3);
}
