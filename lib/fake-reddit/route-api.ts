import { handleArcticShift, handleArcticShiftIds } from "@/lib/fake-reddit/handle-arctic-shift";
import { handleComments } from "@/lib/fake-reddit/handle-comments";
import { handleMoreChildren } from "@/lib/fake-reddit/handle-more-children";
import { handleSearch } from "@/lib/fake-reddit/handle-search";
import { json, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import type { FakeState } from "@/lib/fake-reddit/fake-types";

// Path → handler for the read endpoints (auth, rate limits and faults are handled before this).
export function routeApi(options: { state: FakeState; path: string; params: URLSearchParams }): FakeResponse {
  const { state, path, params } = options;
  const clean = path.replace(/\.json$/, "").replace(/\/$/, "");
  let m: RegExpExecArray | null;
  if (clean === "/search") return handleSearch({ state, params, subreddit: null });
  if ((m = /^\/r\/([^/]+)\/search$/.exec(clean))) return handleSearch({ state, params, subreddit: decodeURIComponent(m[1]!) });
  if ((m = /^(?:\/r\/[^/]+)?\/comments\/([a-z0-9]+)(?:\/[^/]*)?$/.exec(clean))) return handleComments({ state, postId: m[1]!, params });
  if (clean === "/api/morechildren") return handleMoreChildren({ state, params });
  if (clean === "/api/posts/search") return handleArcticShift({ state, kind: "posts", params });
  if (clean === "/api/comments/search") return handleArcticShift({ state, kind: "comments", params });
  if (clean === "/api/posts/ids") return handleArcticShiftIds({ state, params });
  return json({ message: "Not Found", error: 404 }, 404);
}

export function isArcticShift(path: string): boolean {
  return path.startsWith("/api/posts/") || path.startsWith("/api/comments/");
}
