import { listingSchema } from "@/lib/schemas/reddit";
import { fetchPostComments } from "@/lib/reddit/fetch-post-comments";
import type { HttpContext } from "@/lib/reddit/http-context";
import { normalizePage } from "@/lib/reddit/normalize-page";
import { RedditError } from "@/lib/reddit/reddit-error";
import { requestJson, type TokenProvider } from "@/lib/reddit/request-json";
import { pickStopReason } from "@/lib/reddit/pick-stop-reason";
import type { ItemSource, SourcePage, StopReason } from "@/lib/reddit/types";

export type RedditSearchOptions = {
  keyword: string;
  subreddits?: string[]; // empty: all of Reddit via /search
  sort?: string;
  time?: string;
  includeComments?: boolean;
  includeNsfw?: boolean;
  listingCap?: number; // Reddit serves at most 1000 items of a listing (search usually ends near 250)
  maxExtraCommentRequests?: number; // per post: morechildren / continue-thread calls
};

type Cursor = { sub: number; after: string | null; fetched: number; pending: string[]; reasons: StopReason[]; counts?: number[]; done?: boolean };

// Reddit Data API search, one listing per subreddit (or one global), 100 per page, optionally followed by the
// comments of each matched post. The cursor points at the next page and the posts whose comments are still due.
export function createRedditSource(options: RedditSearchOptions & { ctx: HttpContext; auth: TokenProvider; apiBaseUrl: string }): ItemSource {
  const { ctx, auth, apiBaseUrl, keyword } = options;
  const subs = options.subreddits?.length ? options.subreddits : [null];
  const listingCap = options.listingCap ?? 1000;

  async function* pages({ cursor: start, signal }: { cursor?: Record<string, unknown> | null; signal?: AbortSignal }): AsyncGenerator<SourcePage> {
    ctx.signal = signal;
    let cursor: Cursor = { sub: 0, after: null, fetched: 0, pending: [], reasons: [], ...(start as Partial<Cursor> | null) };
    const seenAfters = new Set<string>(cursor.after ? [cursor.after] : []);
    while (!cursor.done) {
      if (cursor.pending.length > 0) {
        const [postId, ...rest] = cursor.pending;
        const { comments } = await fetchPostComments({ ctx, auth, apiBaseUrl, postId: postId!, maxExtraRequests: options.maxExtraCommentRequests ?? 5 });
        cursor = { ...cursor, pending: rest };
        yield { ...normalizePage({ things: comments.map((raw) => ({ raw, kind: "t1" as const })), source: "reddit", includeNsfw: options.includeNsfw }), cursor };
        continue;
      }
      const sub = subs[cursor.sub];
      if (sub === undefined) {
        cursor = { ...cursor, done: true };
        break;
      }
      const url = new URL(sub ? `/r/${encodeURIComponent(sub)}/search` : "/search", apiBaseUrl);
      url.search = new URLSearchParams({
        q: keyword,
        sort: options.sort ?? "new",
        t: options.time ?? "all",
        limit: "100",
        raw_json: "1",
        type: "link",
        ...(sub ? { restrict_sr: "1" } : {}),
        ...(cursor.after ? { after: cursor.after } : {}),
      }).toString();
      const parsed = listingSchema.safeParse(await requestJson({ ctx, auth, url: url.toString() }));
      if (!parsed.success) throw new RedditError("bad-body", `Search answer is not a Listing (${url.pathname})`);
      const { children, after } = parsed.data.data;
      const page = normalizePage({
        things: children.filter((c) => c.kind === "t3").map((c) => ({ raw: c.data, kind: "t3" as const })),
        source: "reddit",
        includeNsfw: options.includeNsfw,
      });
      const fetched = cursor.fetched + children.length;
      const stop = listingStop({ childCount: children.length, after: after ?? null, fetched, listingCap, seenAfters });
      if (after) seenAfters.add(after);
      const pending = options.includeComments ? page.items.filter((i) => (i.numComments ?? 0) > 0).map((i) => i.id.slice(3)) : [];
      cursor = stop
        ? { sub: cursor.sub + 1, after: null, fetched: 0, pending, reasons: [...cursor.reasons, stop], counts: [...(cursor.counts ?? []), fetched] }
        : { ...cursor, after: after ?? null, fetched, pending };
      if (stop) seenAfters.clear();
      yield { ...page, cursor };
    }
    const reason = pickStopReason({ reasons: cursor.reasons });
    yield { items: [], fetched: 0, skipped: {}, cursor, stopReason: reason, note: describe(subs, cursor.reasons, cursor.counts ?? []) };
  }

  return { name: "reddit", stats: ctx.stats, pages };
}

function listingStop(o: { childCount: number; after: string | null; fetched: number; listingCap: number; seenAfters: Set<string> }): StopReason | null {
  if (o.after === null) return "exhausted";
  if (o.childCount === 0) return "empty-page"; // a non-null `after` with nothing on the page: following it loops
  if (o.seenAfters.has(o.after)) return "repeated-cursor";
  if (o.fetched >= o.listingCap) return "listing-cap";
  return null;
}

function describe(subs: (string | null)[], reasons: StopReason[], counts: number[]): string {
  return subs
    .map((s, i) => {
      const count = counts[i];
      // Reddit search ends near 250 results whatever the true count: say so, and where to find the rest.
      const hint = reasons[i] === "exhausted" && count !== undefined && count >= 240 ? "; Reddit search stops near 250, Arctic Shift has more" : "";
      return `${s ? `r/${s}` : "all of Reddit"}: ${reasons[i] ?? "not reached"}${count !== undefined ? ` after ${count} results${hint}` : ""}`;
    })
    .join("; ");
}
