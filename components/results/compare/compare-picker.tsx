"use client";

import { formatDateTime } from "@/components/ui/format";
import { SERIES_COLORS } from "@/components/results/palette";
import type { SearchView } from "@/lib/searches/get-search";

export const MAX_COMPARED = 4;

// Finished searches as checkboxes; a fifth cannot be ticked until one of the four is unticked.
export function ComparePicker({
  searches,
  names,
  selected,
  onChange,
}: {
  searches: SearchView[];
  names: Map<string, string>;
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const full = selected.length >= MAX_COMPARED;
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">
        Pick up to {MAX_COMPARED} finished searches <span className="font-normal text-slate-500">({selected.length} chosen)</span>
      </legend>
      <ul className="mt-2 grid gap-1.5 sm:grid-cols-2 lg:grid-cols-3">
        {searches.map((search) => {
          const index = selected.indexOf(search.id);
          const checked = index >= 0;
          return (
            <li key={search.id}>
              <label className={`flex items-center gap-2 rounded-md px-2 py-1.5 text-sm ring-1 ring-inset ${checked ? "bg-slate-50 ring-slate-300" : "ring-slate-200"} ${!checked && full ? "opacity-50" : ""}`}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => onChange(checked ? selected.filter((id) => id !== search.id) : [...selected, search.id])}
                  className="rounded border-slate-300"
                />
                {checked && <span aria-hidden className="inline-block size-2.5 shrink-0 rounded-full" style={{ background: SERIES_COLORS[index] }} />}
                <span className="min-w-0 flex-1 truncate font-medium">{names.get(search.id) ?? search.keyword}</span>
                <span className="shrink-0 text-xs text-slate-500">
                  {search.progress.stored.toLocaleString("en")} items · {formatDateTime(search.timings.createdAt).replace(/, \d{4}.*/, "")}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
