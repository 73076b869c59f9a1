"use client";

import { useEffect, useState } from "react";
import { MarkdownText } from "@/components/annotate/markdown-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { GUIDELINES_MAX_BYTES } from "@/lib/annotation/types";
import { ApiError } from "@/lib/queries/fetch-json";
import { useUpdateSettings } from "@/lib/queries/settings";

// The guidelines in Markdown, with the preview annotators will see (the same sanitized renderer).
export function GuidelinesEditor({ markdown }: { markdown: string }) {
  const [text, setText] = useState(markdown);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const update = useUpdateSettings();
  useEffect(() => setText(markdown), [markdown]);
  const fieldError = update.error instanceof ApiError ? update.error.fields?.guidelines?.[0] : undefined;
  const bytes = new TextEncoder().encode(text).length;
  const dirty = text !== markdown;

  return (
    <Card className="p-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">Guidelines</h2>
        <div role="tablist" aria-label="Guidelines editor" className="flex rounded-md bg-slate-100 p-0.5 text-sm lg:hidden">
          {(["write", "preview"] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              onClick={() => setTab(name)}
              className="rounded px-3 py-1 capitalize aria-selected:bg-white aria-selected:shadow-sm"
            >
              {name}
            </button>
          ))}
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={tab === "write" ? "" : "hidden lg:block"}>
          <label htmlFor="guidelines-text" className="block text-sm font-medium text-slate-700">Markdown</label>
          <textarea
            id="guidelines-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={18}
            aria-invalid={fieldError ? true : undefined}
            className="mt-1 block w-full rounded-md border-0 p-3 font-mono text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-invalid:ring-rose-400"
          />
          <p className={`mt-1 text-xs ${bytes > GUIDELINES_MAX_BYTES ? "text-rose-600" : "text-slate-500"}`}>
            {(bytes / 1024).toFixed(1)} of {GUIDELINES_MAX_BYTES / 1024} kB
          </p>
          {fieldError && <p className="mt-1 text-xs text-rose-600">{fieldError}</p>}
        </div>
        <section aria-label="Preview" className={`rounded-lg border border-slate-200 bg-slate-50 p-4 ${tab === "preview" ? "" : "hidden lg:block"}`}>
          <p className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">Preview</p>
          {text.trim() ? <MarkdownText markdown={text} className="text-sm leading-relaxed" /> : <p className="text-sm text-slate-500">Nothing yet.</p>}
        </section>
      </div>
      {update.isError && !fieldError && <p role="alert" className="mt-3 text-sm text-rose-700">{update.error.message}</p>}
      <div className="mt-4 flex items-center gap-3">
        <Button onClick={() => update.mutate({ guidelines: text })} disabled={update.isPending || !dirty}>
          {update.isPending ? "Saving…" : "Save guidelines"}
        </Button>
        <p role="status" className="text-sm text-emerald-700">{update.isSuccess && !dirty ? "Saved." : ""}</p>
      </div>
    </Card>
  );
}
