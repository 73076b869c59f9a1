"use client";

import { DatasetVersionCard, QueuedVersionCard } from "@/components/datasets/dataset-version-card";
import { NextBuildPanel } from "@/components/datasets/next-build-panel";
import { EmptyState } from "@/components/ui/empty-state";
import { useDatasets } from "@/lib/queries/datasets";

// The /datasets screen: how far the next version is, then every version, newest first. The list polls (see
// useDatasets), so a version reserved by annotators elsewhere shows up here, builds, and becomes downloadable
// without a reload.
export function DatasetsView({ canManage }: { canManage: boolean }) {
  const datasets = useDatasets();

  if (datasets.isPending) return <p className="text-sm text-slate-500">Loading datasets…</p>;
  if (datasets.isError) {
    return (
      <p role="alert" className="text-sm text-rose-700">
        Could not load the datasets: {datasets.error.message}
      </p>
    );
  }
  const { datasets: versions, queued, threshold, pending } = datasets.data;
  const newestReady = versions.find((version) => version.status === "ready")?.version;
  return (
    <div className="space-y-6">
      <NextBuildPanel
        threshold={threshold}
        pending={pending}
        canManage={canManage}
        inProgress={inProgressVersion(datasets.data)}
        listed={[...queued.map((entry) => entry.version), ...versions.map((version) => version.version)]}
      />
      {versions.length === 0 && queued.length === 0 ? (
        <EmptyState title="No dataset versions yet">
          The first version is built once annotators have given {threshold} answers
          {canManage ? ", or when you build one now." : "."}
        </EmptyState>
      ) : (
        <ol aria-label="Dataset versions" className="space-y-4">
          {queued.map((build) => (
            <li key={`queued-${build.version}`}>
              <QueuedVersionCard build={build} />
            </li>
          ))}
          {versions.map((dataset) => (
            <li key={dataset.version}>
              <DatasetVersionCard dataset={dataset} openDetails={dataset.version === newestReady} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The oldest version still queued or building, if any. */
function inProgressVersion(data: { datasets: Array<{ version: number; status: string }>; queued: Array<{ version: number }> }): number | null {
  const versions = [...data.queued.map((entry) => entry.version), ...data.datasets.filter((d) => d.status === "building").map((d) => d.version)];
  return versions.length > 0 ? Math.min(...versions) : null;
}
