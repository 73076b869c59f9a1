import Link from "next/link";
import { SearchProgress } from "@/components/searches/search-progress";
import { StatusBadge } from "@/components/searches/status-badge";
import { formatDateTime } from "@/components/ui/format";
import type { SearchView } from "@/lib/searches/get-search";

// What was asked (keyword, source, options) and how far it got (status, counts, why it stopped). The counts come from
// the live search query, so they move while the search runs.
export function SearchHeader({ search }: { search: SearchView }) {
  return (
    <div className="mb-6 space-y-3">
      <Link href="/searches" className="text-sm text-slate-500 hover:text-slate-800">← All searches</Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight">
            <span className="break-words">{search.keyword}</span>
            <StatusBadge status={search.status} />
          </h1>
          <p className="mt-1 text-sm text-slate-500">
            {describeSource(search.source)} · {describeOptions(search.options).join(" · ")}
          </p>
          <p className="mt-0.5 text-xs text-slate-500">
            Started {formatDateTime(search.timings.createdAt)}
            {search.requestedBy ? ` by ${search.requestedBy}` : ""}
            {search.timings.finishedAt ? ` · finished ${formatDateTime(search.timings.finishedAt)}` : ""}
          </p>
        </div>
        <div className="w-full sm:w-72">
          <SearchProgress search={search} />
        </div>
      </div>
      {search.error && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {search.error.message}
        </p>
      )}
    </div>
  );
}

function describeSource(source: string): string {
  return source === "arctic_shift" ? "Arctic Shift archive" : "Reddit API";
}

type StoredOptions = {
  subreddits?: string[];
  sort?: string;
  time?: string;
  limit?: number;
  includeComments?: boolean;
  includeNsfw?: boolean;
};

/** The options the search was started with, in words (stored as validated by createSearchBodySchema). */
export function describeOptions(raw: unknown): string[] {
  const options = (raw ?? {}) as StoredOptions;
  const parts = [options.subreddits?.length ? options.subreddits.map((s) => `r/${s}`).join(", ") : "all subreddits"];
  if (options.limit) parts.push(`up to ${options.limit.toLocaleString("en")} items`);
  if (options.sort) parts.push(`sorted by ${options.sort}${options.time && options.time !== "all" ? `, past ${options.time}` : ""}`);
  parts.push(options.includeComments ? "with comments" : "posts only");
  if (options.includeNsfw) parts.push("NSFW included");
  return parts;
}
