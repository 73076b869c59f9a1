"use client";

import { useState } from "react";
import { BuildProgress } from "@/components/datasets/build-progress";
import { DatasetDetails } from "@/components/datasets/dataset-details";
import { DatasetDownloads } from "@/components/datasets/dataset-downloads";
import { SentimentBadge } from "@/components/annotate/sentiment-style";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { SENTIMENTS } from "@/lib/annotation/types";
import type { DatasetSummary, QueuedDatasetBuild } from "@/lib/datasets/types";

const STATUS_STYLE: Record<DatasetSummary["status"] | "queued", string> = {
  queued: "bg-slate-100 text-slate-700",
  building: "bg-sky-50 text-sky-800",
  ready: "bg-emerald-50 text-emerald-800",
  failed: "bg-rose-50 text-rose-800",
};

const TRIGGER_TEXT: Record<DatasetSummary["trigger"], string> = {
  threshold: "threshold reached",
  manual: "built on request",
};

export function DatasetVersionCard({ dataset, openDetails }: { dataset: DatasetSummary; openDetails: boolean }) {
  // The newest ready version's card is open until the reader opens or closes one themselves: when a newer version
  // arrives, the card follows it, but a card the reader chose stays as they left it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? openDetails;
  return (
    <Card className="p-5">
      <article aria-label={`Version ${dataset.version}`} data-testid="dataset-version" data-version={dataset.version} data-status={dataset.status} className="space-y-4">
        <VersionHeading version={dataset.version} status={dataset.status} trigger={dataset.trigger} date={dataset.finishedAt ?? dataset.createdAt} />
        {dataset.status === "building" && <BuildProgress progress={dataset.progress} />}
        {dataset.status === "failed" && (
          <p className="text-sm text-rose-700">This build failed and has no files{dataset.errorMessage ? `: ${dataset.errorMessage}` : "."}</p>
        )}
        {dataset.status === "ready" && (
          <>
            <Counts dataset={dataset} />
            <Changes diff={dataset.diff} />
            <DatasetDownloads version={dataset.version} files={dataset.files} />
            <details open={open} onToggle={(event) => event.currentTarget.open !== open && setChosen(event.currentTarget.open)} className="group border-t border-slate-100 pt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Dataset card: labels per split, sources, columns</summary>
              {open && <DatasetDetails version={dataset.version} />}
            </details>
          </>
        )}
      </article>
    </Card>
  );
}

/** A version reserved (threshold crossed or "Build now") that no worker has started yet. */
export function QueuedVersionCard({ build }: { build: QueuedDatasetBuild }) {
  return (
    <Card className="p-5">
      <article aria-label={`Version ${build.version}`} data-testid="dataset-version" data-version={build.version} data-status="queued" className="space-y-2">
        <VersionHeading version={build.version} status="queued" trigger={build.trigger} date={build.requestedAt} />
        <p className="text-sm text-slate-500">Waiting for a worker to start the build…</p>
      </article>
    </Card>
  );
}

type HeadingProps = { version: number; status: keyof typeof STATUS_STYLE; trigger: DatasetSummary["trigger"]; date: string };

function VersionHeading({ version, status, trigger, date }: HeadingProps) {
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <h2 className="text-lg font-semibold">Version {version}</h2>
      <span data-testid="dataset-status" className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>{status}</span>
      <span className="text-xs text-slate-500">{TRIGGER_TEXT[trigger]}</span>
      <time dateTime={date} className="text-sm text-slate-500 sm:ml-auto">{formatDateTime(date)}</time>
    </header>
  );
}

function Counts({ dataset }: { dataset: DatasetSummary }) {
  const figures: [string, number][] = [
    ["Items", dataset.itemCount],
    ["Train", dataset.trainCount],
    ["Validation", dataset.validationCount],
    ["Test", dataset.testCount],
  ];
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-slate-50 px-3 py-2">
            <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${label.toLowerCase()}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600" aria-label="Labels">
        {SENTIMENTS.map((label) => (
          <span key={label} className="inline-flex items-center gap-1">
            <SentimentBadge label={label} />
            <span className="tabular-nums">{dataset.labelCounts[label] ?? 0}</span>
          </span>
        ))}
      </p>
    </div>
  );
}

function Changes({ diff }: { diff: DatasetSummary["diff"] }) {
  if (!diff) return null;
  if (diff.previousVersion === null) return <p className="text-sm text-slate-600" data-testid="dataset-changes">First version.</p>;
  return (
    <p className="text-sm text-slate-600" data-testid="dataset-changes">
      Since version {diff.previousVersion}:{" "}
      <span className="font-medium text-emerald-700">{diff.added} added</span> ·{" "}
      <span className="font-medium text-amber-700">{diff.changed} {diff.changed === 1 ? "label" : "labels"} changed</span> ·{" "}
      <span className="font-medium text-rose-700">{diff.removed} removed</span>
    </p>
  );
}
