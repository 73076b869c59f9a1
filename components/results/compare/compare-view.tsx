"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { CompareDistributions } from "@/components/results/compare/compare-distributions";
import { CompareOverTime, type ComparedSearch } from "@/components/results/compare/compare-over-time";
import { ComparePicker, MAX_COMPARED } from "@/components/results/compare/compare-picker";
import { searchNames } from "@/components/results/compare/search-names";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { useCompareSummaries, useFinishedSearches } from "@/lib/queries/results";
import type { TimeBucket } from "@/lib/results/types";

// /searches/compare?ids=a,b: the chosen searches live in the URL so a comparison can be shared.
export function CompareView() {
  const router = useRouter();
  const pathname = usePathname();
  const fromUrl = useSearchParams().get("ids") ?? "";
  // The ticks answer at once (local state); the URL follows for sharing.
  const [ids, setIds] = useState(() => fromUrl.split(",").filter(Boolean).slice(0, MAX_COMPARED));
  const finished = useFinishedSearches();
  const choose = (next: string[]) => {
    setIds(next);
    router.replace(next.length ? `${pathname}?ids=${next.join(",")}` : pathname, { scroll: false });
  };

  // Each search's own bucket first; if any needs weeks, all are asked again by week so the lines share one axis.
  const auto = useCompareSummaries(ids, undefined);
  const bucket: TimeBucket = auto.some((q) => q.data?.bucket === "week") ? "week" : "day";
  const needsAligning = auto.every((q) => q.data) && auto.some((q) => q.data?.bucket !== bucket);
  const aligned = useCompareSummaries(needsAligning ? ids : [], bucket);
  const queries = aligned.length ? aligned : auto;

  const names = searchNames((finished.data?.searches ?? []).map(({ id, keyword, timings }) => ({ id, keyword, createdAt: timings.createdAt })));
  const series: ComparedSearch[] = ids.flatMap((id, index) => {
    const summary = queries[index]?.data;
    return summary ? [{ id, name: names.get(id) ?? id, summary }] : [];
  });
  const loading = ids.length > 0 && series.length < ids.length && !queries.some((q) => q.isError);
  const error = queries.find((q) => q.error)?.error ?? null;

  return (
    <div className="space-y-4">
      <Card className="p-4">
        {finished.isPending && <p className="text-sm text-slate-500">Loading finished searches…</p>}
        {finished.isError && <p role="alert" className="text-sm text-rose-700">{finished.error.message}</p>}
        {finished.data && finished.data.searches.length === 0 && (
          <EmptyState title="No finished searches yet">Run a search first; it can be compared once it is done.</EmptyState>
        )}
        {finished.data && finished.data.searches.length > 0 && <ComparePicker searches={finished.data.searches} names={names} selected={ids} onChange={choose} />}
      </Card>
      {ids.length === 0 ? (
        <EmptyState title="Nothing to compare yet">Tick two or more searches above.</EmptyState>
      ) : (
        <div className="grid gap-4">
          <CompareOverTime series={series} bucket={bucket} loading={loading} error={error} />
          <CompareDistributions series={series} loading={loading} error={error} />
        </div>
      )}
    </div>
  );
}
