import type { Search } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { ingestOptionsSchema } from "@/lib/schemas/reddit";
import { createArcticShiftSource } from "@/lib/reddit/create-arctic-shift-source";
import { createDumpSource } from "@/lib/reddit/create-dump-source";
import { createRedditClient } from "@/lib/reddit/create-reddit-client";
import { createSharedBudget } from "@/lib/reddit/create-shared-budget";
import { createRedditSource } from "@/lib/reddit/create-reddit-source";
import { createHttpContext, type HttpContext } from "@/lib/reddit/http-context";
import { RedditError } from "@/lib/reddit/reddit-error";
import type { ItemSource } from "@/lib/reddit/types";

// The source a Search row asks for, configured from the environment. `http` overrides (clock, sleep, fetch) are
// for tests and the benchmark.
export function createSourceForSearch(options: { search: Pick<Search, "keyword" | "source" | "options">; http?: Partial<HttpContext> }): ItemSource {
  const { search } = options;
  const parsed = ingestOptionsSchema.safeParse(search.options ?? {});
  if (!parsed.success) throw new RedditError("bad-config", `Invalid search options: ${parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; ")}`);
  const opts = parsed.data;
  if (search.source === "dump") {
    if (!opts.file) throw new RedditError("bad-config", "A dump search needs options.file (path to an .ndjson or .zst dump)");
    return createDumpSource({ file: opts.file, keyword: search.keyword, subreddits: opts.subreddits, after: opts.after, before: opts.before, includeNsfw: opts.includeNsfw });
  }
  if (search.source === "arctic_shift") {
    const ctx = createHttpContext({ userAgent: env.REDDIT_USER_AGENT, limiterKey: "arctic-shift", ...options.http });
    return createArcticShiftSource({ ctx, baseUrl: env.ARCTIC_SHIFT_BASE_URL, keyword: search.keyword, subreddits: opts.subreddits, after: opts.after, before: opts.before, includeComments: opts.includeComments, includeNsfw: opts.includeNsfw });
  }
  const client = createRedditClient({
    clientId: env.REDDIT_CLIENT_ID,
    clientSecret: env.REDDIT_CLIENT_SECRET,
    userAgent: env.REDDIT_USER_AGENT,
    authBaseUrl: env.REDDIT_AUTH_BASE_URL,
    // Every process shares one budget per client id through Redis; tests may replace it via `http`.
    http: { sharedBudget: createSharedBudget({ perMinute: env.REDDIT_REQUESTS_PER_MINUTE }), ...options.http },
  });
  return createRedditSource({
    ...client,
    apiBaseUrl: env.REDDIT_API_BASE_URL,
    keyword: search.keyword,
    subreddits: opts.subreddits,
    sort: opts.sort,
    time: opts.time,
    includeComments: opts.includeComments,
    includeNsfw: opts.includeNsfw,
    maxExtraCommentRequests: opts.maxCommentRequests ?? env.REDDIT_MAX_COMMENT_REQUESTS,
  });
}
