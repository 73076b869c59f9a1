"use client";

import { useState } from "react";
import { DisagreementCard } from "@/components/annotate/disagreement-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useDisagreements, type DisagreementStatus } from "@/lib/queries/disagreements";

const TABS: { status: DisagreementStatus; label: string }[] = [
  { status: "unsettled", label: "Unsettled" },
  { status: "settled", label: "Settled" },
  { status: "all", label: "All" },
];

export function DisagreementList() {
  const [status, setStatus] = useState<DisagreementStatus>("unsettled");
  const [page, setPage] = useState(1);
  const list = useDisagreements(status, page);
  const pageCount = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <section aria-label="Disagreements" className="space-y-4">
      <div role="tablist" aria-label="Which disagreements" className="flex w-fit rounded-md bg-slate-100 p-0.5 text-sm">
        {TABS.map((tab) => (
          <button
            key={tab.status}
            type="button"
            role="tab"
            aria-selected={status === tab.status}
            onClick={() => {
              setStatus(tab.status);
              setPage(1);
            }}
            className="rounded px-3 py-1 aria-selected:bg-white aria-selected:font-medium aria-selected:shadow-sm"
          >
            {tab.label}
            {tab.status === "unsettled" && list.data ? ` (${list.data.unsettled})` : ""}
          </button>
        ))}
      </div>
      {list.isPending ? (
        <p className="text-sm text-slate-500">Loading disagreements…</p>
      ) : list.isError ? (
        <p role="alert" className="text-sm text-rose-700">{list.error.message}</p>
      ) : list.data.items.length === 0 ? (
        <EmptyState title={status === "unsettled" ? "No open disagreements" : "Nothing here"}>
          Disagreements appear when two or more annotators answer an item differently (set the overlap to 2 or more under Settings).
        </EmptyState>
      ) : (
        <>
          {list.data.items.map((item) => <DisagreementCard key={item.itemId} item={item} />)}
          {pageCount > 1 && (
            <div className="flex items-center justify-end gap-2 text-sm text-slate-600">
              <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>Previous</Button>
              <span>Page {page} of {pageCount}</span>
              <Button variant="secondary" disabled={page >= pageCount} onClick={() => setPage((p) => p + 1)}>Next</Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
