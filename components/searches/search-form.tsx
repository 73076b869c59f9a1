"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { ApiError } from "@/lib/queries/fetch-json";
import { useStartSearch } from "@/lib/queries/searches";

export function SearchForm() {
  const [keyword, setKeyword] = useState("");
  const [subreddits, setSubreddits] = useState("");
  const [limit, setLimit] = useState("500");
  const [includeComments, setIncludeComments] = useState(false);
  const [includeNsfw, setIncludeNsfw] = useState(false);
  const [source, setSource] = useState<"reddit" | "arctic-shift">("reddit");
  const start = useStartSearch();
  const fields = start.error instanceof ApiError ? start.error.fields : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    start.mutate({
      keyword,
      subreddits: subreddits.split(/[\s,]+/).filter(Boolean),
      limit: Number(limit) || undefined,
      source,
      includeComments,
      includeNsfw,
    });
  }

  const outcome = start.data?.outcome;
  return (
    <Card className="mb-6 p-5">
      <form onSubmit={submit} aria-label="New search" className="grid gap-4 md:grid-cols-[2fr_1.5fr_0.7fr_auto] md:items-end">
        <TextField label="Keyword" value={keyword} onChange={setKeyword} required placeholder="e.g. steam deck" error={fields?.keyword?.[0]} />
        <TextField label="Subreddits (optional)" value={subreddits} onChange={setSubreddits} placeholder="SteamDeck, pcgaming" error={fields?.["subreddits.0"]?.[0] ?? fields?.subreddits?.[0]} />
        <TextField label="Max items" type="number" min={1} max={10000} value={limit} onChange={setLimit} error={fields?.limit?.[0]} />
        <Button type="submit" disabled={start.isPending}>
          {start.isPending ? "Starting…" : "Search"}
        </Button>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-600 md:col-span-4">
          <label className="flex items-center gap-2">
            Source
            <select
              value={source}
              onChange={(e) => setSource(e.target.value as typeof source)}
              className="rounded-md border-0 py-1 pl-2 pr-7 text-sm ring-1 ring-inset ring-slate-300"
            >
              <option value="reddit">Reddit API</option>
              <option value="arctic-shift">Arctic Shift archive</option>
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={includeComments} onChange={(e) => setIncludeComments(e.target.checked)} className="rounded border-slate-300" />
            Include comments of matching posts
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={includeNsfw} onChange={(e) => setIncludeNsfw(e.target.checked)} className="rounded border-slate-300" />
            Include NSFW posts
          </label>
        </div>
      </form>
      {start.isError && !fields && (
        <p role="alert" className="mt-3 text-sm text-rose-700">{start.error.message}</p>
      )}
      {outcome === "running" && <p className="mt-3 text-sm text-slate-600">This keyword is already being searched: showing that search.</p>}
      {outcome === "cached" && <p className="mt-3 text-sm text-slate-600">A fresh result for this keyword already exists: showing it.</p>}
    </Card>
  );
}
