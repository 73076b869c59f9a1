import { moreChildrenResponseSchema, type MoreStub } from "@/lib/schemas/reddit";
import { flattenCommentTree } from "@/lib/reddit/flatten-comment-tree";
import type { HttpContext } from "@/lib/reddit/http-context";
import { requestJson, type TokenProvider } from "@/lib/reddit/request-json";

// All comments of one post: `/comments/{id}`, then `more` stubs expanded through `/api/morechildren` (100 ids per
// call) and "continue this thread" stubs (count 0) through `/comments/{id}?comment=…`, up to `maxExtraRequests`.
export async function fetchPostComments(options: {
  ctx: HttpContext;
  auth: TokenProvider;
  apiBaseUrl: string;
  postId: string; // without t3_
  maxExtraRequests: number;
}): Promise<{ comments: Record<string, unknown>[]; unexpanded: number; unexpandedThreads: number; junk: number }> {
  const { ctx, auth, apiBaseUrl, postId } = options;
  const byId = new Map<string, Record<string, unknown>>();
  const pendingIds: string[] = [];
  const threads: string[] = [];
  // An answer of the wrong shape hides its comments: counted as left unexpanded (a `more` batch by its ids, a
  // thread as a thread), so the search's note says so instead of the comments vanishing.
  let unreadableIds = 0;
  let unreadableThreads = 0;
  let junk = 0;
  const take = (result: { comments: Record<string, unknown>[]; stubs: MoreStub[]; junk: number } | null) => {
    if (!result) return void (unreadableThreads += 1);
    junk += result.junk;
    for (const comment of result.comments) byId.set(String(comment.id), comment);
    for (const stub of result.stubs) {
      if (stub.count === 0 || stub.children.length === 0) threads.push(stub.parent_id.replace(/^t1_/, ""));
      else pendingIds.push(...stub.children.filter((id) => !byId.has(id)));
    }
  };
  take(await fetchThread({ ctx, auth, apiBaseUrl, postId }));

  let extra = 0;
  while (extra < options.maxExtraRequests && (pendingIds.length > 0 || threads.length > 0)) {
    extra += 1;
    if (pendingIds.length > 0) {
      const batch = pendingIds.splice(0, 100);
      const url = new URL("/api/morechildren", apiBaseUrl);
      url.search = new URLSearchParams({ api_type: "json", link_id: `t3_${postId}`, children: batch.join(","), raw_json: "1" }).toString();
      const parsed = moreChildrenResponseSchema.safeParse(await requestJson({ ctx, auth, url: url.toString() }));
      // morechildren answers flat: every thing carries its parent_id, so no nesting to rebuild.
      if (parsed.success) take(flattenCommentTree({ things: parsed.data.json.data?.things ?? [] }));
      else unreadableIds += batch.length;
    } else {
      take(await fetchThread({ ctx, auth, apiBaseUrl, postId, focus: threads.shift() }));
    }
  }
  // What the bound left: `more` ids not fetched, plus "continue this thread" stubs (each hides an unknown number).
  return {
    comments: [...byId.values()],
    unexpanded: pendingIds.length + unreadableIds + threads.length + unreadableThreads,
    unexpandedThreads: threads.length + unreadableThreads,
    junk,
  };
}

async function fetchThread(options: { ctx: HttpContext; auth: TokenProvider; apiBaseUrl: string; postId: string; focus?: string }) {
  const url = new URL(`/comments/${options.postId}`, options.apiBaseUrl);
  url.search = new URLSearchParams({ raw_json: "1", limit: "500", ...(options.focus ? { comment: options.focus } : {}) }).toString();
  const json = await requestJson({ ctx: options.ctx, auth: options.auth, url: url.toString() });
  // An array of two Listings: the post, then its comments.
  const listing = Array.isArray(json) ? (json[1] as { data?: { children?: unknown } } | undefined) : undefined;
  const children = listing?.data?.children;
  return Array.isArray(children) ? flattenCommentTree({ things: children }) : null;
}
