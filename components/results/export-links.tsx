import { exportUrl } from "@/lib/queries/results";
import type { ItemFilters } from "@/lib/results/types";

// Downloads of exactly what the table shows: the export endpoint gets the page's filters. Plain links, so the
// browser streams the file to disk instead of the page holding it in memory.
export function ExportLinks({ searchId, filters }: { searchId: string; filters: ItemFilters }) {
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="text-slate-500">Export this view:</span>
      {(["csv", "jsonl"] as const).map((format) => (
        <a
          key={format}
          href={exportUrl(searchId, filters, format)}
          download
          className="rounded-md bg-white px-2.5 py-1.5 font-medium text-slate-700 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
        >
          {format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
