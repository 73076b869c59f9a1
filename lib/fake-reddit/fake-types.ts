import type { Corpus } from "@/lib/fake-reddit/generate-corpus";

// A fault the fake injects into API answers (search, comments, morechildren, Arctic Shift; not the token endpoint
// unless named "token-*"). It starts after `after` API requests and lasts `times` requests (default 1; Infinity:
// for good). Switch with POST /__scenario or the `scenario` option.
export type Scenario =
  | { name: "normal" }
  | { name: "token-error"; error?: "invalid_grant" | "invalid_request" } // HTTP 200 {"error": ...}
  | { name: "revoke-tokens"; after?: number; times?: number } // every token issued so far stops working
  | { name: "no-ratelimit-headers" }
  | { name: "float-ratelimit-headers" } // "997.0"
  // reset: how X-RateLimit-Reset comes with the 429: seconds to wait (Reddit, default), epoch seconds (Arctic
  // Shift), or not at all
  | { name: "too-many-requests"; retryAfter?: number | null; reset?: "seconds" | "epoch" | "none"; after?: number; times?: number }
  | { name: "epoch-ratelimit-headers" } // X-RateLimit-Reset as epoch seconds, on Arctic Shift answers too
  | { name: "server-error"; status?: number; body?: "empty" | "json" | "html"; after?: number; times?: number }
  | { name: "connection-reset"; after?: number; times?: number }
  | { name: "body-cut"; after?: number; times?: number }
  | { name: "bad-json"; body?: "brace" | "html"; after?: number; times?: number }
  | { name: "shifting-pages" } // sort=new gains a post while paging: page n+1 repeats page n's last post
  | { name: "repeated-after"; after?: number } // from the 2nd page on, `after` never moves
  | { name: "empty-page"; advance?: boolean } // the 2nd page is empty but carries an `after` (its own, or with
  //   advance: the fullname ending that page, as when Reddit filters a whole page out and the listing goes on)
  | { name: "short-pages"; size?: number } // Arctic Shift answers at most `size` (default 30) items, whatever `limit`
  | { name: "null-num-comments" } // search listings carry num_comments: null, as some real ones do
  | { name: "odd-things" } // junk among the items of every page: see add-odd-things.ts
  | { name: "cycling-after" } // from the 3rd page on, `after` points back to the 2nd page
  | { name: "stuck-after" } // Arctic Shift ignores `after` and answers the first page again
  | { name: "error-body"; error?: string; after?: number; times?: number } // HTTP 200 {"error": ...} without data
  | { name: "token-refused"; status?: number }; // the token endpoint answers 403 (or `status`) with an HTML page

export type FakeOptions = {
  port?: number;
  host?: string;
  corpus?: Corpus;
  scenario?: Scenario;
  clock?: () => number; // ms; tests share a virtual clock with the client's sleep
  tokenExpiresIn?: number; // seconds (86400 today, 3600 in older answers)
  clients?: Record<string, string>; // client id → secret ("" for installed apps); unset: any id is accepted
  rateLimit?: { max: number; windowSeconds: number }; // per client id
  searchCap?: number; // search results end near 250
  listingCap?: number; // every listing ends at 1000
  commentBudget?: number; // comments shown per /comments answer before `more` stubs
  maxDepth?: number; // deeper replies become "continue this thread"
  moreChildrenBatch?: number; // comments per /api/morechildren answer
};

export type FakeState = Required<Omit<FakeOptions, "port" | "host" | "clients" | "corpus">> & {
  corpus: Corpus;
  clients?: Record<string, string>;
  tokens: Map<string, { clientId: string; expiresAt: number }>;
  windows: Map<string, { start: number; used: number }>;
  apiRequests: number; // counts API requests, for `after` in scenarios
  faultsServed: number;
  log: { method: string; path: string; userAgent: string | null; status: number }[];
};
