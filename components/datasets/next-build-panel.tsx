"use client";

import { ThresholdForm } from "@/components/datasets/threshold-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useBuildDataset } from "@/lib/queries/datasets";

// How many answers the next version still waits for; admins also set the threshold and may build right away, unless
// a version is already queued or building (`inProgress`, from the polled list): a second one would hold the same
// answers.
export function NextBuildPanel(props: { threshold: number; pending: number; canManage: boolean; inProgress: number | null; listed: number[] }) {
  const { threshold, pending, canManage, inProgress, listed } = props;
  const build = useBuildDataset();
  const requested = build.isSuccess && !listed.includes(build.data.version) ? build.data.version : null; // not polled in yet
  const status = inProgress !== null ? `Version ${inProgress} is being built…` : requested !== null ? `Version ${requested} requested.` : "";
  const percent = Math.min(100, (pending / threshold) * 100);
  return (
    <Card className="space-y-4 p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold">Next version</h2>
          <p className="mt-1 text-sm text-slate-600" data-testid="pending-answers">
            <span className="font-semibold tabular-nums text-slate-900">{pending}</span> of{" "}
            <span className="tabular-nums">{threshold}</span> answers since the last version. A new version is built
            automatically when the threshold is reached.
          </p>
          <div
            className="mt-2 h-2 max-w-md overflow-hidden rounded-full bg-slate-100"
            role="progressbar"
            aria-label="Answers towards the next version"
            aria-valuemin={0}
            aria-valuemax={threshold}
            aria-valuenow={pending}
          >
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
          </div>
        </div>
        {canManage && (
          <div className="flex flex-col items-start gap-1 sm:items-end">
            <Button onClick={() => build.mutate()} disabled={build.isPending || inProgress !== null || requested !== null}>
              {build.isPending ? "Starting…" : "Build now"}
            </Button>
            <p role="status" className="text-xs text-slate-500">
              {status}
            </p>
            {build.isError && <p role="alert" className="max-w-xs text-xs text-rose-700">{build.error.message}</p>}
          </div>
        )}
      </div>
      {canManage && <ThresholdForm threshold={threshold} />}
    </Card>
  );
}
