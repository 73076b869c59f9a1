"use client";

import { useEffect, useState, type FormEvent } from "react";
import { QUEUE_ORDERS, SENTIMENTS } from "@/lib/annotation/types";
import type { QueueFilters } from "@/lib/queries/annotation";

export type SearchOption = { id: string; keyword: string };

const SELECT = "mt-1 block w-full rounded-md border-0 py-1.5 pl-2 pr-7 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";
const ORDER_LABEL: Record<string, string> = { uncertain: "Least sure first", newest: "Newest first", random: "Random" };

// Narrow the queue to one search, subreddit or model label, and choose its order. The filters live in the URL, so
// a filtered queue can be bookmarked or shared.
export function QueueFiltersBar({ filters, searches, onChange }: { filters: QueueFilters; searches: SearchOption[]; onChange: (filters: QueueFilters) => void }) {
  const [subreddit, setSubreddit] = useState(filters.subreddit ?? "");
  useEffect(() => setSubreddit(filters.subreddit ?? ""), [filters.subreddit]);
  const set = (change: Partial<QueueFilters>) => onChange({ ...filters, ...change });
  const submitSubreddit = (event?: FormEvent) => {
    event?.preventDefault();
    const value = subreddit.trim().replace(/^\/?r\//i, "");
    if (value !== (filters.subreddit ?? "")) set({ subreddit: value || undefined });
  };
  return (
    <form role="search" aria-label="Queue filters" onSubmit={submitSubreddit} className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
      <label className="block text-xs font-medium text-slate-600">
        Search
        <select value={filters.searchId ?? ""} onChange={(e) => set({ searchId: e.target.value || undefined })} className={SELECT}>
          <option value="">All searches</option>
          {searches.map((search) => (
            <option key={search.id} value={search.id}>{search.keyword}</option>
          ))}
        </select>
      </label>
      <label className="block text-xs font-medium text-slate-600">
        Subreddit
        <input
          value={subreddit}
          onChange={(e) => setSubreddit(e.target.value)}
          onBlur={() => submitSubreddit()}
          placeholder="any"
          className="mt-1 block w-full rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600"
        />
      </label>
      <label className="block text-xs font-medium text-slate-600">
        Model label
        <select value={filters.label ?? ""} onChange={(e) => set({ label: e.target.value || undefined })} className={SELECT}>
          <option value="">Any</option>
          {SENTIMENTS.map((sentiment) => (
            <option key={sentiment} value={sentiment}>{sentiment}</option>
          ))}
        </select>
      </label>
      <label className="block text-xs font-medium text-slate-600">
        Order
        <select value={filters.order ?? "uncertain"} onChange={(e) => set({ order: e.target.value === "uncertain" ? undefined : e.target.value })} className={SELECT}>
          {QUEUE_ORDERS.map((order) => (
            <option key={order} value={order}>{ORDER_LABEL[order]}</option>
          ))}
        </select>
      </label>
    </form>
  );
}
