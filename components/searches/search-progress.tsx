import type { SearchView } from "@/lib/searches/get-search";

// Stored vs classified as two bars, plus the counts a demanding analyst asks about (duplicates, skipped, why it stopped).
export function SearchProgress({ search }: { search: SearchView }) {
  const { progress } = search;
  const target = Math.max(progress.expected ?? 0, progress.stored, 1);
  const stored = Math.min(100, (progress.stored / target) * 100);
  const classified = progress.stored ? Math.min(100, (progress.classified / progress.stored) * 100) : 0;
  return (
    <div className="space-y-1.5 text-xs text-slate-600">
      <Bar label={`${progress.stored} stored`} percent={search.status === "done" ? 100 : stored} color="bg-sky-500" />
      <Bar label={`${progress.classified} classified`} percent={classified} color="bg-violet-500" />
      <p className="text-slate-500">
        {progress.duplicates} duplicates · {progress.skipped} skipped · {progress.requests} requests
        {search.stopReason ? ` · stopped: ${search.stopReason}` : ""}
      </p>
      {search.stopNote && <p className="text-slate-500">{search.stopNote}</p>}
    </div>
  );
}

function Bar({ label, percent, color }: { label: string; percent: number; color: string }) {
  return (
    <div>
      <div className="h-1.5 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label={label} aria-valuenow={Math.round(percent)}>
        <div className={`h-full ${color} transition-all`} style={{ width: `${percent}%` }} />
      </div>
      <span className="tabular-nums">{label}</span>
    </div>
  );
}
