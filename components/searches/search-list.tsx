"use client";

import { useState } from "react";
import Link from "next/link";
import { SearchProgress } from "@/components/searches/search-progress";
import { StatusBadge } from "@/components/searches/status-badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { Cell, Table } from "@/components/ui/table";
import { isActive, useCancelSearch, useSearches } from "@/lib/queries/searches";

export function SearchList() {
  const [page, setPage] = useState(1);
  const searches = useSearches(page);
  const cancel = useCancelSearch();

  if (searches.isPending) return <p className="text-sm text-slate-500">Loading searches…</p>;
  if (searches.isError) return <p role="alert" className="text-sm text-rose-700">{searches.error.message}</p>;
  if (searches.data.total === 0) {
    return <EmptyState title="No searches yet">Start one above; its progress shows here live.</EmptyState>;
  }
  return (
    <div className="space-y-3">
      <Table label="Searches" headers={["Keyword", "Status", "Progress", "Started", ""]}>
        {searches.data.searches.map((search) => (
          <tr key={search.id} data-testid={`search-row-${search.normalizedKeyword}`}>
            <Cell className="font-medium">
              <Link href={`/searches/${search.id}`} className="text-brand-700 hover:underline">
                {search.keyword}
              </Link>
              <span className="block text-xs font-normal text-slate-500">{search.source.replace("_", " ")}</span>
            </Cell>
            <Cell>
              <StatusBadge status={search.status} />
              {search.error && <span className="mt-1 block max-w-xs text-xs text-rose-700">{search.error.message}</span>}
            </Cell>
            <Cell className="min-w-64">
              <SearchProgress search={search} />
            </Cell>
            <Cell className="whitespace-nowrap text-slate-500">
              {formatDateTime(search.timings.createdAt)}
              {search.requestedBy ? <span className="block text-xs">{search.requestedBy}</span> : null}
            </Cell>
            <Cell className="text-right">
              {isActive(search) && (
                <Button variant="danger" onClick={() => cancel.mutate(search.id)} disabled={cancel.isPending}>
                  Cancel
                </Button>
              )}
            </Cell>
          </tr>
        ))}
      </Table>
      {cancel.isError && <p role="alert" className="text-sm text-rose-700">{cancel.error.message}</p>}
      {searches.data.pageCount > 1 && (
        <div className="flex items-center justify-end gap-2 text-sm text-slate-600">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>Previous</Button>
          <span>Page {page} of {searches.data.pageCount}</span>
          <Button variant="secondary" disabled={page >= searches.data.pageCount} onClick={() => setPage((p) => p + 1)}>Next</Button>
        </div>
      )}
    </div>
  );
}
