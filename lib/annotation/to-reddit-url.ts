/** A permalink as a full Reddit link (sources store it as a path: "/r/rust/comments/…"). */
export function toRedditUrl(permalink: string | null): string | null {
  if (!permalink) return null;
  return /^https?:\/\//.test(permalink) ? permalink : `https://www.reddit.com${permalink.startsWith("/") ? "" : "/"}${permalink}`;
}
