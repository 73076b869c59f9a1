"use client";

import { useId, useState, type ReactNode } from "react";
import { DebouncedInput } from "@/components/results/debounced-input";
import { LABEL_TEXT, SENTIMENT_LABELS } from "@/components/results/palette";
import { countActiveFilters } from "@/lib/results/filter-params";
import type { ItemFilters } from "@/lib/results/types";

// The filters of the whole page (charts, table and export follow them). Confidence is typed in percent, as people
// think of it, and sent as 0..1.
export function ItemFiltersBar({
  filters,
  onChange,
  onClear,
}: {
  filters: ItemFilters;
  onChange: (patch: Partial<ItemFilters>) => void;
  onClear: () => void;
}) {
  const active = countActiveFilters(filters);
  // On a phone the nine fields would push the charts a screen down: they fold behind one button there.
  const [shown, setShown] = useState(false);
  const formId = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={formId}
        onClick={() => setShown((value) => !value)}
        className="flex w-full items-center justify-between text-sm font-medium text-slate-700 sm:hidden"
      >
        Filters{active > 0 ? ` (${active})` : ""}
        <span aria-hidden>{shown ? "▴" : "▾"}</span>
      </button>
      <form
        id={formId}
        role="search"
        aria-label="Filter items"
        onSubmit={(event) => event.preventDefault()}
        className={`${shown ? "mt-3 grid" : "hidden"} grid-cols-2 gap-3 sm:mt-0 sm:grid sm:grid-cols-4 lg:grid-cols-8`}
      >
        <DebouncedInput label="Text search" type="search" value={filters.q ?? ""} onCommit={(q) => onChange({ q: q || undefined })} className="col-span-2" placeholder="words in title or text" />
        <Select label="Label" value={filters.label ?? ""} onChange={(label) => onChange({ label: (label || undefined) as ItemFilters["label"] })}>
          <option value="">Any label</option>
          {SENTIMENT_LABELS.map((label) => <option key={label} value={label}>{LABEL_TEXT[label]}</option>)}
        </Select>
        <DebouncedInput label="Subreddit" value={filters.subreddit ?? ""} onCommit={(s) => onChange({ subreddit: s.replace(/^\/?r\//i, "") || undefined })} placeholder="any" />
        <Select label="Kind" value={filters.kind ?? ""} onChange={(kind) => onChange({ kind: (kind || undefined) as ItemFilters["kind"] })}>
          <option value="">Any</option>
          <option value="post">Posts</option>
          <option value="comment">Comments</option>
        </Select>
        <Select label="Human answer" value={filters.corrected === undefined ? "" : String(filters.corrected)} onChange={(value) => onChange({ corrected: value === "" ? undefined : value === "true" })}>
          <option value="">Any</option>
          <option value="true">Answered</option>
          <option value="false">Not answered</option>
        </Select>
        <DateInput label="From" value={filters.from} onChange={(from) => onChange({ from })} />
        <DateInput label="To" value={filters.to} onChange={(to) => onChange({ to })} />
        <PercentInput label="Min confidence %" value={filters.minConfidence} onCommit={(minConfidence) => onChange({ minConfidence })} />
        <PercentInput label="Max confidence %" value={filters.maxConfidence} onCommit={(maxConfidence) => onChange({ maxConfidence })} />
        {active > 0 && (
          <div className="col-span-2 flex items-end sm:col-span-1">
            <button type="button" onClick={onClear} className="rounded-md px-2 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
              Clear {active} filter{active === 1 ? "" : "s"}
            </button>
          </div>
        )}
      </form>
    </>
  );
}

const FIELD = "mt-1 block w-full rounded-md border-0 px-2.5 py-1.5 text-sm shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

function Select({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={`${FIELD} pr-7`}>
        {children}
      </select>
    </div>
  );
}

function DateInput({ label, value, onChange }: { label: string; value?: string; onChange: (value: string | undefined) => void }) {
  const id = useId();
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <input id={id} type="date" value={value?.slice(0, 10) ?? ""} onChange={(event) => onChange(event.target.value || undefined)} className={FIELD} />
    </div>
  );
}

function PercentInput({ label, value, onCommit }: { label: string; value?: number; onCommit: (value: number | undefined) => void }) {
  return (
    <DebouncedInput
      label={label}
      type="number"
      min={0}
      max={100}
      step={1}
      inputMode="numeric"
      value={value === undefined ? "" : String(Math.round(value * 100))}
      onCommit={(text) => {
        const percent = Number(text);
        onCommit(text.trim() === "" || !Number.isFinite(percent) ? undefined : Math.min(100, Math.max(0, percent)) / 100);
      }}
    />
  );
}
