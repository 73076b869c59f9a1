"use client";

import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { formatDateTime, formNumber as toNumber } from "@/components/ui/format";
import type { SettingsResponse } from "@/lib/annotation/types";
import { ApiError } from "@/lib/queries/fetch-json";
import { useUpdateSettings } from "@/lib/queries/settings";

// Overlap, the dataset threshold and the silver-label options. Numbers are sent as typed: the API validates them and
// answers 422 naming the field, shown under that field.
export function SettingsForm({ settings }: { settings: SettingsResponse }) {
  const [overlap, setOverlap] = useState(String(settings.overlap));
  const [threshold, setThreshold] = useState(String(settings.datasetThreshold));
  const [includeSilver, setIncludeSilver] = useState(settings.includeSilver);
  const [silverMin, setSilverMin] = useState(String(settings.silverMinConfidence));
  const update = useUpdateSettings();
  const fields = update.error instanceof ApiError ? update.error.fields : undefined;

  useEffect(() => {
    setOverlap(String(settings.overlap));
    setThreshold(String(settings.datasetThreshold));
    setIncludeSilver(settings.includeSilver);
    setSilverMin(String(settings.silverMinConfidence));
  }, [settings]);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({
      overlap: toNumber(overlap),
      datasetThreshold: toNumber(threshold),
      includeSilver,
      silverMinConfidence: toNumber(silverMin),
    });
  }

  return (
    <Card className="p-5">
      <form onSubmit={submit} aria-label="Annotation settings" className="space-y-4" noValidate>
        <h2 className="font-semibold">Annotation and datasets</h2>
        <TextField
          label="Overlap (answers per item)"
          type="number"
          min={1}
          max={10}
          value={overlap}
          onChange={setOverlap}
          error={fields?.overlap?.[0]}
          aria-describedby="overlap-help"
        />
        <p id="overlap-help" className="-mt-2 text-xs text-slate-500">An item leaves the queue after this many different annotators answered it. 2 or more measures agreement.</p>
        <TextField
          label="Dataset threshold (answers)"
          type="number"
          min={1}
          value={threshold}
          onChange={setThreshold}
          error={fields?.datasetThreshold?.[0]}
        />
        <p className="-mt-2 text-xs text-slate-500">A new dataset version is built after this many new answers.</p>
        <fieldset className="space-y-2 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">Silver labels</legend>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={includeSilver} onChange={(e) => setIncludeSilver(e.target.checked)} className="rounded border-slate-300" />
            Add confident model labels to datasets, marked as silver
          </label>
          <TextField
            label="Minimum model confidence"
            type="number"
            step={0.01}
            min={0.5}
            max={1}
            value={silverMin}
            onChange={setSilverMin}
            disabled={!includeSilver}
            error={fields?.silverMinConfidence?.[0]}
          />
        </fieldset>
        {update.isError && !fields && <p role="alert" className="text-sm text-rose-700">{update.error.message}</p>}
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={update.isPending}>{update.isPending ? "Saving…" : "Save settings"}</Button>
          <p role="status" className="text-sm text-emerald-700">{update.isSuccess ? "Saved." : ""}</p>
        </div>
        {settings.updatedAt && (
          <p className="text-xs text-slate-500">
            Last changed {formatDateTime(settings.updatedAt)}{settings.updatedBy ? ` by ${settings.updatedBy.name}` : ""}
          </p>
        )}
      </form>
    </Card>
  );
}

