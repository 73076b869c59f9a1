"use client";

import { DatasetCard } from "@/components/datasets/dataset-card";
import { formatPercent } from "@/components/ui/format";
import { Cell, Table } from "@/components/ui/table";
import { SENTIMENTS } from "@/lib/annotation/types";
import type { DatasetStats, SplitName } from "@/lib/datasets/types";
import { useDataset } from "@/lib/queries/datasets";

const SPLITS: SplitName[] = ["train", "validation", "test"];

// The part of a version read on demand: labels per split, what was left out, and the dataset card.
export function DatasetDetails({ version }: { version: number }) {
  const detail = useDataset(version);
  if (detail.isPending) return <p className="mt-3 text-sm text-slate-500">Loading the card…</p>;
  if (detail.isError) return <p role="alert" className="mt-3 text-sm text-rose-700">Could not load version {version}: {detail.error.message}</p>;
  const { stats, card } = detail.data;
  return (
    <div className="mt-3 space-y-4">
      {stats && <SplitTable stats={stats} version={version} />}
      {stats && <LeftOut stats={stats} />}
      {card ? <DatasetCard markdown={card} /> : <p className="text-sm text-slate-500">This version has no card.</p>}
    </div>
  );
}

function SplitTable({ stats, version }: { stats: DatasetStats; version: number }) {
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <Table label={`Labels per split, version ${version}`} headers={["Split", ...SENTIMENTS, "Total"]}>
      {SPLITS.map((split) => (
        <tr key={split}>
          <Cell className="font-medium">{split}</Cell>
          {SENTIMENTS.map((label) => (
            <Cell key={label} className="tabular-nums">{stats.perSplit[split]?.[label] ?? 0}</Cell>
          ))}
          <Cell className="tabular-nums font-medium">{total(stats.perSplit[split] ?? {})}</Cell>
        </tr>
      ))}
    </Table>
  );
}

function LeftOut({ stats }: { stats: DatasetStats }) {
  const parts = [
    `left out: ${stats.ties} ${stats.ties === 1 ? "tie" : "ties"}, ${stats.offTopic} off-topic`,
    stats.heldOut > 0 ? `${stats.heldOut} held out to keep the splits leak-free` : null,
    stats.silver > 0 ? `${stats.silver} silver (model) labels` : null,
    `${stats.annotators} ${stats.annotators === 1 ? "annotator" : "annotators"}`,
    stats.agreement === null ? null : `agreement (Krippendorff's α) ${formatPercent(stats.agreement)}`,
  ].filter(Boolean);
  return <p className="text-sm text-slate-600">{parts.join(" · ")}</p>;
}
