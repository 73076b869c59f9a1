"use client";

import { useCallback, useMemo, useState } from "react";
import { ExportLinks } from "@/components/results/export-links";
import { ItemDialog } from "@/components/results/item-dialog";
import { ItemsTable } from "@/components/results/items-table";
import { EmptyState } from "@/components/ui/empty-state";
import { useSearchItems } from "@/lib/queries/results";
import type { ItemFilters, ResultItem } from "@/lib/results/types";

// The posts and comments behind the charts, filtered like them, with the count of matching items (the summary's
// total) so the analyst knows how much the table holds before scrolling it.
export function ItemsSection({ searchId, filters, total, live }: { searchId: string; filters: ItemFilters; total?: number; live: boolean }) {
  const items = useSearchItems({ id: searchId, filters, live });
  const [open, setOpen] = useState<ResultItem | null>(null);
  const rows = useMemo(() => items.data?.pages.flatMap((page) => page.items) ?? [], [items.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = items;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  return (
    <section aria-labelledby="items-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="items-heading" className="font-semibold">Posts and comments</h2>
          <p className="text-xs text-slate-500" aria-live="polite">
            {total !== undefined && (
              <>
                <span data-testid="items-total">{total.toLocaleString("en")}</span> matching item{total === 1 ? "" : "s"}
              </>
            )}
            {rows.length > 0 && total !== undefined && rows.length < total ? ` · ${rows.length.toLocaleString("en")} loaded, more as you scroll` : ""}
          </p>
        </div>
        <ExportLinks searchId={searchId} filters={filters} />
      </div>
      {items.isPending && <p className="py-6 text-sm text-slate-500">Loading items…</p>}
      {items.isError && (
        <p role="alert" className="py-6 text-sm text-rose-700">
          Could not load the items: {items.error.message}
        </p>
      )}
      {items.isSuccess && rows.length === 0 && (
        <EmptyState title="No items match">
          {live ? "Items appear here as the search collects them." : "Change or clear the filters to see more."}
        </EmptyState>
      )}
      {rows.length > 0 && (
        // A new filter is a new list: start it at the top (the key remounts the scroller).
        <ItemsTable key={JSON.stringify(filters)} items={rows} hasMore={Boolean(hasNextPage)} loadingMore={isFetchingNextPage} loadMore={loadMore} onOpen={setOpen} />
      )}
      <ItemDialog item={open} onClose={() => setOpen(null)} />
    </section>
  );
}
