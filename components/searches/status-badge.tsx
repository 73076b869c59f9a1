const STATUS_STYLE: Record<string, string> = {
  queued: "bg-slate-100 text-slate-700",
  ingesting: "bg-sky-50 text-sky-800",
  classifying: "bg-violet-50 text-violet-800",
  done: "bg-emerald-50 text-emerald-800",
  failed: "bg-rose-50 text-rose-800",
  cancelled: "bg-amber-50 text-amber-800",
};

export function StatusBadge({ status }: { status: string }) {
  return <span data-testid="search-status" className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${STATUS_STYLE[status] ?? ""}`}>{status}</span>;
}
