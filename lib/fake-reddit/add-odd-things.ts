import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";

// The "odd-things" scenario: a misbehaving answer mixes junk in among good items. Each page's first item gets the
// field quirks (a lone surrogate and a NUL in its title, RTL text and emoji in a 100 KB selftext, string score and
// num_comments, a string float created_utc, no author, `edited` as a number, an upper-case subreddit), and the page
// gains, after its items, a repeat of that item and things that are not items at all.
export function oddItem(thing: FakeThing): FakeThing {
  return {
    ...thing,
    title: `${String(thing.title)} \ud83d odd\u0000 title`,
    selftext: `שלום 👩‍💻 ${"long text ".repeat(10_000)}`,
    score: "12",
    num_comments: "3",
    created_utc: `${Math.floor(Number(thing.created_utc))}.5`,
    author: null,
    edited: 1780000100.25,
    subreddit: thing.subreddit.toUpperCase(),
  };
}

// Children that are not items: one without data, a null, an account. In comment trees too (and there a
// morechildren answer whose `things` is not a list).
export const JUNK: unknown[] = [{ kind: "t3" }, null, { kind: "t2", data: { id: "abc", name: "t2_abc" } }];

/** Listing children: the page's things as t3, then its first one again and the junk. */
export function oddChildren(things: FakeThing[]): unknown[] {
  const children: unknown[] = things.map((thing, i) => ({ kind: "t3", data: i === 0 ? oddItem(thing) : thing }));
  if (things.length === 0) return children;
  return [...children, children[0], ...JUNK];
}

/** Arctic Shift rows: the page's rows, then a null, a row without an id and the first row again (the oldest, last). */
export function oddRows(rows: FakeThing[]): unknown[] {
  if (rows.length === 0) return rows;
  const [first, ...rest] = rows;
  const odd = oddItem(first!);
  return [odd, ...rest, null, { created_utc: first!.created_utc, title: "no id" }, odd];
}
