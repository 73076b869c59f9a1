import type { FakeState } from "@/lib/fake-reddit/fake-types";
import { json, redirect, type FakeResponse } from "@/lib/fake-reddit/fake-response";

// Subreddits the fake refuses, as Reddit does: private and gated (403 with a reason), banned (404), and unknown
// ones, which redirect to the subreddit search page.
export const SPECIAL_SUBREDDITS = { private: "secretclub", gated: "quarantinedstuff", banned: "bannedsub" } as const;

export function checkSubreddit(options: { state: FakeState; subreddit: string }): FakeResponse | null {
  const name = options.subreddit.toLowerCase();
  if (name === SPECIAL_SUBREDDITS.private) return json({ reason: "private", message: "Forbidden", error: 403 }, 403);
  if (name === SPECIAL_SUBREDDITS.gated) return json({ reason: "gated", message: "Forbidden", error: 403 }, 403);
  if (name === SPECIAL_SUBREDDITS.banned) return json({ reason: "banned", message: "Not Found", error: 404 }, 404);
  const known = options.state.corpus.posts.some((p) => p.subreddit.toLowerCase() === name);
  return known ? null : redirect(`/subreddits/search?q=${encodeURIComponent(options.subreddit)}`);
}
