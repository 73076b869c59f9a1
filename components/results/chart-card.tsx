"use client";

import { useId, useState, type ReactNode } from "react";
import { Card } from "@/components/ui/card";

type State = { loading: boolean; error: Error | null; empty: boolean; emptyText: string };

// Every chart sits in one of these: a title, a "show as table" switch (the same numbers for screen readers and for
// anyone who cannot read the colours), and the loading, error and empty states.
export function ChartCard({
  title,
  description,
  state,
  chart,
  table,
  actions,
  className = "",
}: {
  title: string;
  description?: ReactNode;
  state: State;
  chart: ReactNode;
  table: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const ready = !state.loading && !state.error && !state.empty;
  return (
    <Card className={`min-w-0 p-4 sm:p-5 ${className}`}>
      <figure aria-labelledby={headingId} className="min-w-0">
        <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
          <div>
            <h2 id={headingId} className="font-semibold">{title}</h2>
            {description && <figcaption className="mt-0.5 text-xs text-slate-500">{description}</figcaption>}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {actions}
            {ready && (
              <button
                type="button"
                aria-pressed={asTable}
                onClick={() => setAsTable((value) => !value)}
                className="rounded-md px-2 py-1 text-xs font-medium text-slate-600 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 aria-pressed:bg-slate-800 aria-pressed:text-white"
              >
                Show as table
              </button>
            )}
          </div>
        </div>
        {state.loading && <p className="py-10 text-center text-sm text-slate-500">Loading…</p>}
        {state.error && (
          <p role="alert" className="py-10 text-center text-sm text-rose-700">
            Could not load this chart: {state.error.message}
          </p>
        )}
        {!state.loading && !state.error && state.empty && <p className="py-10 text-center text-sm text-slate-500">{state.emptyText}</p>}
        {ready && (asTable ? <div className="max-h-96 overflow-auto">{table}</div> : chart)}
      </figure>
    </Card>
  );
}

/** The table fallback's markup: small, scrollable inside its card, numbers right-aligned. */
export function FallbackTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <table className="min-w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500">
          {headers.map((header, index) => (
            <th key={header} scope="col" className={`px-2 py-1.5 font-semibold ${index > 0 ? "text-right" : ""}`}>{header}</th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 tabular-nums">
        {rows.map((cells, rowIndex) => (
          <tr key={rowIndex}>
            {cells.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="px-2 py-1 text-left font-normal">{cell}</th>
              ) : (
                <td key={index} className="px-2 py-1 text-right">{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Legend entries in body-text colour: the swatch carries the series colour, the words stay readable (4.5:1). */
export function legendText(value: string) {
  return <span className="text-slate-700">{value}</span>;
}
