import { arcticShiftResponseSchema } from "@/lib/schemas/reddit";
import { createNsfwPostLookup } from "@/lib/reddit/create-nsfw-post-lookup";
import { watchWaits, type HttpContext } from "@/lib/reddit/http-context";
import { normalizePage } from "@/lib/reddit/normalize-page";
import { pickStopReason } from "@/lib/reddit/pick-stop-reason";
import { RedditError } from "@/lib/reddit/reddit-error";
import { requestJson } from "@/lib/reddit/request-json";
import type { ItemSource, SourcePage, StopReason } from "@/lib/reddit/types";

export type ArcticShiftOptions = {
  keyword: string;
  subreddits?: string[]; // empty: all of Reddit
  after?: Date | null;
  before?: Date | null;
  includeComments?: boolean;
  includeNsfw?: boolean;
  pageSize?: number;
};

type Phase = "posts" | "comments";
type Listing = { subreddit: string | null; phase: Phase };
type Cursor = { listing: number; after: number | null; boundary: string[]; reasons: StopReason[]; done?: boolean };

// Arctic Shift's public search (no key): per subreddit (or all of Reddit), posts by `query`, then optionally
// comments by `body`, oldest first, paged by the created_utc of the last item. The next page starts one second
// earlier so items sharing the last second are not lost; the ids already seen in that second (`boundary`) are
// dropped. Pages can come back shorter than asked for with more behind them: only an empty page ends a listing.
export function createArcticShiftSource(options: ArcticShiftOptions & { ctx: HttpContext; baseUrl: string }): ItemSource {
  const { ctx, baseUrl } = options;
  const pageSize = options.pageSize ?? 100;
  const phases: Phase[] = options.includeComments ? ["posts", "comments"] : ["posts"];
  const subreddits = options.subreddits?.length ? options.subreddits : [null];
  const listings: Listing[] = subreddits.flatMap((subreddit) => phases.map((phase) => ({ subreddit, phase })));
  const nsfwPostsAmong = createNsfwPostLookup({ ctx, baseUrl });

  async function* pages({ cursor: start, signal }: { cursor?: Record<string, unknown> | null; signal?: AbortSignal }): AsyncGenerator<SourcePage> {
    ctx.signal = signal;
    let cursor: Cursor = { listing: 0, after: null, boundary: [], reasons: [], ...readCursor(start) };
    while (!cursor.done) {
      const { subreddit, phase } = listings[cursor.listing]!;
      const url = new URL(`/api/${phase}/search`, baseUrl);
      const params = new URLSearchParams({ [phase === "posts" ? "query" : "body"]: options.keyword, limit: String(pageSize), sort: "asc" });
      if (subreddit) params.set("subreddit", subreddit);
      const after = cursor.after !== null ? cursor.after - 1 : options.after ? Math.floor(options.after.getTime() / 1000) : null;
      if (after !== null) params.set("after", String(after));
      if (options.before) params.set("before", String(Math.floor(options.before.getTime() / 1000)));
      url.search = params.toString();
      const parsed = arcticShiftResponseSchema.safeParse(await requestJson({ ctx, url: url.toString() }));
      if (parsed.success && parsed.data.error) throw new RedditError("http-error", `Arctic Shift error: ${parsed.data.error}`);
      if (!parsed.success || parsed.data.data === undefined) throw new RedditError("bad-body", `Arctic Shift answer has no data array (${url.pathname})`);
      const rows = parsed.data.data ?? [];
      const seen = new Set(cursor.boundary);
      // Rows older than the cursor were served before (a server that ignores or moves back `after`): not fresh.
      const fresh = rows.filter((row) => !seen.has(String(row.id)) && !(cursor.after !== null && secondOf(row) < cursor.after));
      // The newest second, not the last row's: a stray older row at the end must not move the cursor back.
      const seconds = rows.map(secondOf).filter(Number.isFinite);
      const lastCreated = seconds.length > 0 ? Math.max(...seconds) : null;
      // A comment under an NSFW post is NSFW too: skipped without includeNsfw, flagged with it.
      const nsfwLinks = phase === "comments" ? await nsfwPostsAmong(fresh.map((row) => String(row.link_id ?? ""))) : new Set<string>();
      const things = fresh.map((raw) => ({ raw: nsfwLinks.has(String(raw.link_id)) ? { ...raw, over_18: true } : raw, kind: phase === "posts" ? ("t3" as const) : ("t1" as const) }));
      const page = normalizePage({ things, source: "arctic_shift", includeNsfw: options.includeNsfw });

      let stop: StopReason | null = null;
      if (rows.length === 0) stop = "exhausted";
      else if (lastCreated === null) stop = "repeated-cursor";
      else if (cursor.after !== null && lastCreated < cursor.after) stop = "repeated-cursor"; // the cursor went back
      else if (fresh.length === 0 && rows.length >= pageSize) stop = "repeated-cursor"; // a full page of one second
      if (stop) {
        const reasons = [...cursor.reasons, stop];
        const next = cursor.listing + 1;
        cursor = next < listings.length ? { listing: next, after: null, boundary: [], reasons } : { ...cursor, reasons, done: true };
      } else if (fresh.length === 0) {
        // Only items of the boundary second came back, all seen: go on after that second.
        cursor = { ...cursor, after: lastCreated! + 1, boundary: [] };
      } else {
        const sameSecond = rows.filter((row) => secondOf(row) === lastCreated).map((row) => String(row.id));
        const carried = lastCreated === cursor.after ? cursor.boundary : [];
        cursor = { ...cursor, after: lastCreated, boundary: [...new Set([...carried, ...sameSecond])] };
      }
      yield { ...page, cursor };
    }
    const note = listings.map((l, i) => `${l.subreddit ? `r/${l.subreddit} ` : ""}${l.phase}: ${cursor.reasons[i] ?? "not reached"}`).join("; ");
    yield { items: [], fetched: 0, skipped: {}, cursor, stopReason: pickStopReason({ reasons: cursor.reasons }), note };
  }

  return { name: "arctic_shift", stats: ctx.stats, pages, onWait: watchWaits(ctx) };
}

// Whole seconds: created_utc may come as a float or a numeric string, and `after` must be an integer.
function secondOf(row: Record<string, unknown>): number {
  const value = row.created_utc;
  return typeof value === "number" || (typeof value === "string" && value.trim() !== "") ? Math.floor(Number(value)) : Number.NaN;
}

// Cursors saved before several subreddits were searched name their phase instead of a listing index.
function readCursor(start: Record<string, unknown> | null | undefined): Partial<Cursor> {
  if (!start) return {};
  const { phase, ...rest } = start as Partial<Cursor> & { phase?: Phase };
  return rest.listing === undefined && phase ? { ...rest, listing: phase === "comments" ? 1 : 0 } : rest;
}
