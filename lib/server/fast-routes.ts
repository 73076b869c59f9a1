import type { IncomingMessage } from "node:http";
import type { RouteHandler } from "@/lib/api/with-handler";
import { GET as getSearch } from "@/app/api/searches/[id]/route";

// The API routes the app's own server answers without Next.js's request pipeline: the ones every open screen polls
// several times a second. The handler is the route file's own export (same access checks, caching, errors, metrics
// and logs as through Next); only the plumbing around it is skipped, which is most of a request's CPU: 3.1 ms
// through Next.js against ~0.6 ms here (docs/BENCHMARKS.md, "Search status API").
// Only plain paths match (an id of letters, digits, "-" and "_"): anything else, escapes included, goes to Next.js
// and meets the proxy and the route's own validation there.

type FastRoute = { pattern: RegExp; method: string; handler: RouteHandler; param: string };

const FAST_ROUTES: FastRoute[] = [
  { pattern: /^\/api\/searches\/([A-Za-z0-9_-]{1,100})$/, method: "GET", handler: getSearch, param: "id" },
];

export type FastMatch = { handler: RouteHandler; params: Record<string, string> };

export function matchFastRoute(request: Pick<IncomingMessage, "method" | "url">): FastMatch | null {
  if (!request.url) return null;
  const path = request.url.split("?", 1)[0]!;
  for (const route of FAST_ROUTES) {
    if (request.method !== route.method) continue;
    const match = route.pattern.exec(path);
    if (match) return { handler: route.handler, params: { [route.param]: match[1]! } };
  }
  return null;
}
