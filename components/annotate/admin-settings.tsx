"use client";

import { GuidelinesEditor } from "@/components/annotate/guidelines-editor";
import { SettingsForm } from "@/components/annotate/settings-form";
import { useSettings } from "@/lib/queries/settings";

export function AdminSettings() {
  const settings = useSettings();
  if (settings.isPending) return <p className="text-sm text-slate-500">Loading settings…</p>;
  if (settings.isError) return <p role="alert" className="text-sm text-rose-700">{settings.error.message}</p>;
  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr] lg:items-start">
      <SettingsForm settings={settings.data} />
      <GuidelinesEditor markdown={settings.data.guidelines} />
    </div>
  );
}
