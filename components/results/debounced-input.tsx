"use client";

import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from "react";

const DELAY_MS = 400;

// A filter field that applies its value after the user pauses typing, so each keystroke is not a new query. It
// follows the applied value when that changes elsewhere (a click on a subreddit bar, "Clear filters").
export function DebouncedInput({
  label,
  value,
  onCommit,
  className = "",
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & { label: string; value: string; onCommit: (value: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const commit = useRef(onCommit);
  commit.current = onCommit;

  useEffect(() => setDraft(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className={`min-w-0 ${className}`}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <input
        id={id}
        value={draft}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit.current(next), DELAY_MS);
        }}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          clearTimeout(timer.current);
          commit.current(draft);
        }}
        className="mt-1 block w-full rounded-md border-0 px-2.5 py-1.5 text-sm shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
        {...props}
      />
    </div>
  );
}
