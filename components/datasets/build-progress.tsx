import type { DatasetProgress } from "@/lib/datasets/types";

const PHASES: DatasetProgress["phase"][] = ["snapshot", "split", "files", "zip", "done"];
const PHASE_TEXT: Record<DatasetProgress["phase"], string> = {
  snapshot: "Reading the answers",
  split: "Assigning train / validation / test",
  files: "Writing CSV, JSONL, Parquet and the card",
  zip: "Packing the zip",
  done: "Finishing",
};

// A running build: its phase and how far it is within it (the builder reports done / total per phase).
export function BuildProgress({ progress }: { progress: DatasetProgress | null }) {
  const phase = progress?.phase ?? "snapshot";
  const step = PHASES.indexOf(phase);
  const within = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const percent = Math.round(((step + Math.min(1, within)) / PHASES.length) * 100);
  return (
    <div className="space-y-1" data-testid="build-progress">
      <div className="h-2 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label="Build progress" aria-valuenow={percent}>
        <div className="h-full bg-sky-500 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs text-slate-600">
        {PHASE_TEXT[phase]}
        {progress && progress.total > 0 ? ` · ${progress.done} of ${progress.total}` : "…"}
      </p>
    </div>
  );
}
