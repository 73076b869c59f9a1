import { createColumnHelper } from "@tanstack/react-table";
import { LabelBadge } from "@/components/results/label-badge";
import type { ResultItem } from "@/lib/results/types";

// The item table's columns. Widths are CSS grid tracks: the header and the virtualized rows use the same template.

const column = createColumnHelper<ResultItem>();
const shortDate = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export const ITEM_GRID = "minmax(16rem,1fr) 11rem 7.5rem 4.5rem 9rem 7rem";

export function firstLine(item: ResultItem): string {
  const line = item.kind === "post" && item.title ? item.title : item.text.split("\n").find((l) => l.trim()) ?? "";
  return line.trim() || "(no text)";
}

export const itemColumns = [
  column.display({
    id: "title",
    header: "Title or first line",
    cell: ({ row, table }) => (
      <button
        type="button"
        onClick={(event) => {
          event.stopPropagation();
          (table.options.meta as { open: (item: ResultItem) => void }).open(row.original);
        }}
        className="block w-full truncate text-left font-medium text-slate-900 hover:text-brand-700 hover:underline"
      >
        <span className="mr-1.5 rounded bg-slate-100 px-1 py-0.5 text-[10px] font-semibold uppercase text-slate-600">{row.original.kind}</span>
        {firstLine(row.original)}
      </button>
    ),
  }),
  column.accessor("subreddit", { header: "Subreddit", cell: (info) => <span className="truncate">r/{info.getValue()}</span> }),
  column.accessor("createdUtc", { header: "Date", cell: (info) => shortDate.format(new Date(info.getValue())) }),
  column.accessor("score", { header: "Score", cell: (info) => <span className="tabular-nums">{info.getValue() ?? "—"}</span> }),
  column.accessor("modelLabel", {
    header: "Model",
    cell: (info) => <LabelBadge label={info.getValue()} confidence={info.row.original.modelConfidence} />,
  }),
  column.accessor("humanLabel", { header: "Human", cell: (info) => <LabelBadge label={info.getValue()} /> }),
];
