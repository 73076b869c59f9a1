import { escapeEntities } from "@/lib/fake-reddit/escape-entities";
import { json, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import type { FakeState } from "@/lib/fake-reddit/fake-types";
import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";
import { readLimit } from "@/lib/fake-reddit/read-limit";
import { searchCorpus } from "@/lib/fake-reddit/search-corpus";

// Arctic Shift's /api/posts/search (`query`) and /api/comments/search (`body`): `{ data: [...] }`, integer
// created_utc and HTML-escaped text (collected without raw_json=1) as in the dumps, `after` / `before` exclusive (epoch seconds or a date), sort asc | desc.
export function handleArcticShift(options: { state: FakeState; kind: "posts" | "comments"; params: URLSearchParams }): FakeResponse {
  const { state, kind, params } = options;
  const text = params.get(kind === "posts" ? "query" : "body") ?? params.get("q") ?? "";
  const after = readTime(params.get("after"));
  const before = readTime(params.get("before"));
  if (Number.isNaN(after) || Number.isNaN(before)) return json({ error: "Invalid after/before" }, 400);
  const sort = params.get("sort") ?? "desc";
  if (sort !== "asc" && sort !== "desc") return json({ error: "Invalid sort" }, 400);
  const limit = params.get("limit") === "auto" ? 100 : readLimit({ value: params.get("limit"), fallback: 25 });
  const things = kind === "posts" ? state.corpus.posts : state.corpus.comments;
  const found = searchCorpus({ things, query: text, fields: kind === "posts" ? ["title", "selftext"] : ["body"], subreddit: params.get("subreddit"), end: state.corpus.end, sort: "new" })
    .map(toDumpShape)
    .filter((t) => (after === null || t.created_utc > after) && (before === null || t.created_utc < before))
    .filter((t) => !params.get("link_id") || t.link_id === params.get("link_id"));
  if (sort === "asc") found.reverse();
  return json({ data: found.slice(0, limit) });
}

function toDumpShape(thing: FakeThing): FakeThing & { created_utc: number } {
  const { depth: _depth, ...rest } = escapeEntities({ thing, rawJson: false });
  return { ...rest, created_utc: Math.floor(Number(thing.created_utc)) };
}

function readTime(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? Number.NaN : Math.floor(ms / 1000);
}
