"use client";

import { DatasetCard } from "@/components/datasets/dataset-card";
import { useDataset } from "@/lib/queries/datasets";

// The part of a version read on demand: its dataset card, which holds the labels per split, what was left out and
// why, the sources and the columns (written by the builder, the same README.md the zip carries).
export function DatasetDetails({ version }: { version: number }) {
  const detail = useDataset(version);
  if (detail.isPending) return <p className="mt-3 text-sm text-slate-500">Loading the card…</p>;
  if (detail.isError) return <p role="alert" className="mt-3 text-sm text-rose-700">Could not load version {version}: {detail.error.message}</p>;
  return (
    <div className="mt-3">
      {detail.data.card ? <DatasetCard markdown={detail.data.card} /> : <p className="text-sm text-slate-500">This version has no card.</p>}
    </div>
  );
}
