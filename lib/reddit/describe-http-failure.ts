import { errorBodySchema } from "@/lib/schemas/reddit";
import { RedditError } from "@/lib/reddit/reddit-error";

// Turns a non-retryable answer into a RedditError a person can act on: redirects (never followed) and the
// private / gated / banned reasons Reddit puts in 403 and 404 bodies.
export function describeHttpFailure(options: { url: string; status: number; location: string | null; body: string }): RedditError {
  const { url, status, location, body } = options;
  if (status >= 300 && status < 400) {
    const target = location ?? "";
    if (target.includes("/subreddits/search"))
      return new RedditError("subreddit-not-found", `Subreddit does not exist (Reddit redirected ${pathOf(url)} to ${target})`, { status });
    if (target.includes("/submit"))
      return new RedditError("query-redirect", `Reddit treated the query as a link to submit (redirect to ${target}); remove the URL from the keyword`, { status });
    return new RedditError("redirect", `Unexpected redirect from ${pathOf(url)} to ${target || "(no location)"}`, { status });
  }
  const reason = readReason(body);
  if (status === 403 && reason === "private") return new RedditError("private", `Subreddit is private (${pathOf(url)})`, { status });
  if (status === 403 && (reason === "gated" || reason === "quarantined"))
    return new RedditError(reason, `Subreddit is ${reason} and needs an opt-in that app-only OAuth cannot give (${pathOf(url)})`, { status });
  if (status === 404 && reason === "banned") return new RedditError("banned", `Subreddit is banned (${pathOf(url)})`, { status });
  if (status === 403) return new RedditError("forbidden", `Forbidden${reason ? ` (${reason})` : ""}: ${pathOf(url)}`, { status });
  if (status === 404) return new RedditError("not-found", `Not found: ${pathOf(url)}`, { status });
  return new RedditError("http-error", `HTTP ${status} from ${pathOf(url)}: ${body.slice(0, 200)}`, { status });
}

function readReason(body: string): string | undefined {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.reason : undefined;
  } catch {
    return undefined;
  }
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}
