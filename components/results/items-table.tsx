"use client";

import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef } from "react";
import { ITEM_GRID, itemColumns } from "@/components/results/item-columns";
import type { ResultItem } from "@/lib/results/types";

const ROW_HEIGHT = 44;
const LOAD_AHEAD_ROWS = 30;

// Only the rows in view are in the DOM (TanStack Virtual), so 20,000 loaded rows scroll as smoothly as 20. The next
// page is asked for when the view comes within LOAD_AHEAD_ROWS of the last loaded row.
export function ItemsTable({
  items,
  hasMore,
  loadingMore,
  loadMore,
  onOpen,
}: {
  items: ResultItem[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  onOpen: (item: ResultItem) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useReactTable({ data: items, columns: itemColumns, getCoreRowModel: getCoreRowModel(), getRowId: (item) => item.id, meta: { open: onOpen } });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - LOAD_AHEAD_ROWS) loadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, loadMore]);

  const gridStyle = useMemo(() => ({ gridTemplateColumns: ITEM_GRID }), []);
  return (
    <div
      ref={scrollRef}
      data-testid="items-scroll"
      data-loaded={rows.length}
      className="relative h-[min(70vh,36rem)] overflow-auto rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div role="table" aria-label="Items" aria-rowcount={rows.length + 1} className="min-w-[48rem] text-sm">
        <div role="rowgroup" className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <div role="row" key={group.id} className="grid" style={gridStyle}>
              {group.headers.map((header) => (
                <div role="columnheader" key={header.id} className="px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </div>
              ))}
            </div>
          ))}
        </div>
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => {
            const row = rows[virtualRow.index]!;
            return (
              <div
                role="row"
                key={row.id}
                aria-rowindex={virtualRow.index + 2}
                data-testid="item-row"
                data-item-id={row.original.id}
                onClick={() => onOpen(row.original)}
                className="absolute left-0 grid w-full cursor-pointer items-center border-b border-slate-100 hover:bg-slate-50"
                style={{ ...gridStyle, height: ROW_HEIGHT, transform: `translateY(${virtualRow.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <div role="cell" key={cell.id} className="min-w-0 truncate px-3">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {loadingMore && <p className="px-3 py-2 text-xs text-slate-500">Loading more…</p>}
      </div>
    </div>
  );
}
