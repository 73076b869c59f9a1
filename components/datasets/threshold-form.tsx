"use client";

import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { formNumber } from "@/components/ui/format";
import { TextField } from "@/components/ui/text-field";
import { ApiError } from "@/lib/queries/fetch-json";
import { useUpdateSettings } from "@/lib/queries/settings";

// The dataset threshold, edited in place (the same setting as on /admin/settings). The API checks the number; its
// 422 message is shown under the field.
export function ThresholdForm({ threshold }: { threshold: number }) {
  const [text, setText] = useState(String(threshold));
  const update = useUpdateSettings();
  const fieldError = update.error instanceof ApiError ? update.error.fields?.datasetThreshold?.[0] : undefined;

  useEffect(() => setText(String(threshold)), [threshold]);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ datasetThreshold: formNumber(text) });
  }

  return (
    <form onSubmit={submit} aria-label="Dataset threshold" noValidate className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4">
      <TextField
        label="Threshold (answers per version)"
        type="number"
        min={1}
        inputMode="numeric"
        value={text}
        onChange={setText}
        error={fieldError}
        className="w-56"
      />
      <Button type="submit" variant="secondary" disabled={update.isPending}>
        {update.isPending ? "Saving…" : "Save threshold"}
      </Button>
      <p role="status" className="pb-2 text-sm text-emerald-700">{update.isSuccess ? "Saved." : ""}</p>
      {update.isError && !fieldError && <p role="alert" className="pb-2 text-sm text-rose-700">{update.error.message}</p>}
    </form>
  );
}
