import { listingSchema, thingSchema } from "@/lib/schemas/reddit";
import { moduleLogger } from "@/lib/logger";
import { describeRedditStops, type CommentsLeft, type SkippedSubreddit } from "@/lib/reddit/describe-reddit-stops";
import { fetchPostComments } from "@/lib/reddit/fetch-post-comments";
import { watchWaits, type HttpContext } from "@/lib/reddit/http-context";
import { normalizePage } from "@/lib/reddit/normalize-page";
import { RedditError, type RedditErrorCode } from "@/lib/reddit/reddit-error";
import { requestJson, type TokenProvider } from "@/lib/reddit/request-json";
import { pickStopReason } from "@/lib/reddit/pick-stop-reason";
import type { RawThing } from "@/lib/reddit/normalize-page";
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

type Cursor = {
  sub: number;
  after: string | null;
  fetched: number;
  pending: string[]; // posts whose comments are still due
  nsfwPending?: string[]; // those of them that are NSFW: their comments inherit the flag
  reasons: StopReason[];
  counts?: number[];
  emptyPages?: number; // consecutive empty pages of the current listing
  skippedSubs?: SkippedSubreddit[];
  commentsLeft?: CommentsLeft;
  done?: boolean;
};

// A subreddit that refuses (private, gated, banned, missing) is skipped with its reason; the others go on.
const REFUSALS = new Set<RedditErrorCode>(["private", "gated", "quarantined", "banned", "forbidden", "not-found", "subreddit-not-found"]);
const log = moduleLogger("reddit");

// Reddit Data API search, one listing per subreddit (or one global), 100 per page, optionally followed by the
// comments of each matched post. The cursor points at the next page and the posts whose comments are still due.
export function createRedditSource(options: RedditSearchOptions & { ctx: HttpContext; auth: TokenProvider; apiBaseUrl: string }): ItemSource {
  const { ctx, auth, apiBaseUrl, keyword } = options;
  const subs = options.subreddits?.length ? options.subreddits : [null];
  const listingCap = options.listingCap ?? 1000;
  const maxExtraCommentRequests = options.maxExtraCommentRequests ?? 5;

  async function* pages({ cursor: start, signal }: { cursor?: Record<string, unknown> | null; signal?: AbortSignal }): AsyncGenerator<SourcePage> {
    ctx.signal = signal;
    let cursor: Cursor = { sub: 0, after: null, fetched: 0, pending: [], reasons: [], ...(start as Partial<Cursor> | null) };
    const seenAfters = new Set<string>(cursor.after ? [cursor.after] : []);
    while (!cursor.done) {
      if (cursor.pending.length > 0) {
        const [postId, ...rest] = cursor.pending;
        const result = await fetchPostComments({ ctx, auth, apiBaseUrl, postId: postId!, maxExtraRequests: maxExtraCommentRequests });
        const nsfw = cursor.nsfwPending?.includes(postId!) === true;
        cursor = { ...cursor, pending: rest, nsfwPending: cursor.nsfwPending?.filter((id) => id !== postId), commentsLeft: addLeft(cursor.commentsLeft, result) };
        // Comments carry no over_18 of their own: under an NSFW post they are NSFW too.
        const things: RawThing[] = result.comments.map((raw) => ({ raw: nsfw ? { ...raw, over_18: true } : raw, kind: "t1" as const }));
        // Junk in the comment tree is passed on as nothing, to be counted malformed like junk in a listing.
        for (let i = 0; i < result.junk; i += 1) things.push({ raw: null });
        yield { ...normalizePage({ things, source: "reddit", includeNsfw: options.includeNsfw }), cursor };
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
      let json: unknown;
      try {
        json = await requestJson({ ctx, auth, url: url.toString() });
      } catch (error) {
        if (!sub || !(error instanceof RedditError) || !REFUSALS.has(error.code)) throw error;
        log.warn({ subreddit: sub, code: error.code, message: error.message }, "subreddit skipped");
        const skippedSubs = [...(cursor.skippedSubs ?? []), { sub, code: error.code, message: error.message }];
        cursor = { ...nextListing(cursor, "exhausted", 0, []), skippedSubs };
        seenAfters.clear();
        yield { items: [], fetched: 0, skipped: {}, cursor };
        continue;
      }
      const parsed = listingSchema.safeParse(json);
      if (!parsed.success) throw new RedditError("bad-body", `Search answer is not a Listing (${url.pathname})`);
      const { children, after } = parsed.data.data;
      const page = normalizePage({ things: children.map(readPost), source: "reddit", includeNsfw: options.includeNsfw });
      const fetched = cursor.fetched + children.length;
      const emptyPages = children.length === 0 ? (cursor.emptyPages ?? 0) + 1 : 0;
      const stop = listingStop({ after: after ?? null, fetched, listingCap, seenAfters, emptyPages });
      if (after) seenAfters.add(after);
      // num_comments is sometimes null (and can lag): only a known 0 means there is nothing to fetch.
      const withComments = options.includeComments ? page.items.filter((i) => i.numComments !== 0) : [];
      const pending = withComments.map((i) => i.id.slice(3));
      const nsfwPending = withComments.filter((i) => i.isNsfw).map((i) => i.id.slice(3));
      cursor = stop ? { ...nextListing(cursor, stop, fetched, pending), nsfwPending } : { ...cursor, after: after ?? null, fetched, pending, nsfwPending, emptyPages };
      if (stop) seenAfters.clear();
      yield { ...page, cursor };
    }
    const skippedSubs = cursor.skippedSubs ?? [];
    if (skippedSubs.length === subs.length) {
      // Nothing was searchable: that is a failure, not an empty result.
      const [first] = skippedSubs;
      throw new RedditError(first!.code as RedditErrorCode, skippedSubs.map((k) => k.message).join("; "));
    }
    const reasons = cursor.commentsLeft?.posts ? [...cursor.reasons, "comments-cut" as const] : cursor.reasons;
    const note = describeRedditStops({ subs, reasons: cursor.reasons, counts: cursor.counts ?? [], skippedSubs, commentsLeft: cursor.commentsLeft ?? null, maxExtraCommentRequests });
    yield { items: [], fetched: 0, skipped: {}, cursor, stopReason: pickStopReason({ reasons }), note };
  }

  return { name: "reddit", stats: ctx.stats, pages, onWait: watchWaits(ctx) };
}

// A search listing holds posts only: any other child (an account, a stub, one without data, junk) is passed on as
// nothing, so it is counted as malformed instead of vanishing or failing the page's good posts.
function readPost(child: unknown): RawThing {
  const thing = thingSchema.safeParse(child);
  return thing.success && thing.data.kind === "t3" ? { raw: thing.data.data, kind: "t3" } : { raw: null };
}

function nextListing(cursor: Cursor, reason: StopReason, fetched: number, pending: string[]): Cursor {
  return { ...cursor, sub: cursor.sub + 1, after: null, fetched: 0, pending, emptyPages: 0, reasons: [...cursor.reasons, reason], counts: [...(cursor.counts ?? []), fetched] };
}

function addLeft(left: CommentsLeft | undefined, result: { unexpanded: number; unexpandedThreads: number }): CommentsLeft | undefined {
  if (result.unexpanded === 0) return left;
  const before = left ?? { posts: 0, comments: 0, threads: 0 };
  return { posts: before.posts + 1, comments: before.comments + result.unexpanded, threads: before.threads + result.unexpandedThreads };
}

// Reddit filters a page after cutting it (removed and spam posts), so a page can be empty and still have more
// behind it: only `after: null` ends a listing. A cursor seen before is a loop; a run of empty pages with fresh
// cursors is a broken listing, given up after MAX_EMPTY_PAGES.
const MAX_EMPTY_PAGES = 5;

function listingStop(o: { after: string | null; fetched: number; listingCap: number; seenAfters: Set<string>; emptyPages: number }): StopReason | null {
  if (o.after === null) return "exhausted";
  if (o.seenAfters.has(o.after)) return "repeated-cursor";
  if (o.emptyPages >= MAX_EMPTY_PAGES) return "empty-page";
  if (o.fetched >= o.listingCap) return "listing-cap";
  return null;
}
