import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";

const WINDOWS: Record<string, number> = { hour: 3600, day: 86400, week: 7 * 86400, month: 31 * 86400, year: 366 * 86400 };

// Reddit-like matching: every word of the query appears in the title or selftext, case-insensitively.
export function searchCorpus(options: {
  things: FakeThing[];
  query: string;
  fields: string[];
  subreddit?: string | null;
  sort?: string | null;
  time?: string | null;
  end: number;
}): FakeThing[] {
  const words = options.query.toLowerCase().split(/\s+/).filter(Boolean);
  const sub = options.subreddit?.toLowerCase();
  const window = WINDOWS[options.time ?? "all"];
  const since = window ? options.end - window : -Infinity;
  const found = options.things.filter((thing) => {
    if (sub && thing.subreddit.toLowerCase() !== sub) return false;
    if (Number(thing.created_utc) < since) return false;
    const text = options.fields.map((f) => String(thing[f] ?? "")).join("\n").toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const created = (t: FakeThing) => Number(t.created_utc);
  const score = (t: FakeThing) => Number(t.score ?? 0);
  const byId = (a: FakeThing, b: FakeThing) => (a.id < b.id ? -1 : 1);
  const sorters: Record<string, (a: FakeThing, b: FakeThing) => number> = {
    new: (a, b) => created(b) - created(a) || byId(a, b),
    top: (a, b) => score(b) - score(a) || byId(a, b),
    comments: (a, b) => Number(b.num_comments ?? 0) - Number(a.num_comments ?? 0) || byId(a, b),
    relevance: (a, b) => score(b) - score(a) || created(b) - created(a) || byId(a, b),
    hot: (a, b) => score(b) / (options.end - created(b) + 7200) - score(a) / (options.end - created(a) + 7200) || byId(a, b),
  };
  return found.sort(sorters[options.sort ?? "relevance"] ?? sorters.relevance);
}
