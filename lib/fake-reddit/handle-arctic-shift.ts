import { escapeEntities } from "@/lib/fake-reddit/escape-entities";
import { json, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import type { FakeState } from "@/lib/fake-reddit/fake-types";
import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";
import { readLimit } from "@/lib/fake-reddit/read-limit";
import { oddRows } from "@/lib/fake-reddit/add-odd-things";
import { searchCorpus } from "@/lib/fake-reddit/search-corpus";

// Arctic Shift's /api/posts/search (`query`) and /api/comments/search (`body`): `{ data: [...] }`, integer
// created_utc and HTML-escaped text (collected without raw_json=1) as in the dumps, `after` / `before` exclusive (epoch seconds or a date), sort asc | desc.
export function handleArcticShift(options: { state: FakeState; kind: "posts" | "comments"; params: URLSearchParams }): FakeResponse {
  const { state, kind, params } = options;
  const text = params.get(kind === "posts" ? "query" : "body") ?? params.get("q") ?? "";
  const after = state.scenario.name === "stuck-after" ? null : readTime(params.get("after"));
  const before = readTime(params.get("before"));
  if (Number.isNaN(after) || Number.isNaN(before)) return json({ error: "Invalid after/before" }, 400);
  const sort = params.get("sort") ?? "desc";
  if (sort !== "asc" && sort !== "desc") return json({ error: "Invalid sort" }, 400);
  const asked = params.get("limit") === "auto" ? 100 : readLimit({ value: params.get("limit"), fallback: 25 });
  const limit = state.scenario.name === "short-pages" ? Math.min(asked, state.scenario.size ?? 30) : asked;
  const things = kind === "posts" ? state.corpus.posts : state.corpus.comments;
  const found = searchCorpus({ things, query: text, fields: kind === "posts" ? ["title", "selftext"] : ["body"], subreddit: params.get("subreddit"), end: state.corpus.end, sort: "new" })
    .map(toDumpShape)
    .filter((t) => (after === null || t.created_utc > after) && (before === null || t.created_utc < before))
    .filter((t) => !params.get("link_id") || t.link_id === params.get("link_id"));
  if (sort === "asc") found.reverse();
  const page = found.slice(0, limit);
  return json({ data: state.scenario.name === "odd-things" ? oddRows(page) : page });
}

// Arctic Shift's /api/posts/ids?ids=a,b,c: the posts it has among those ids, in the same shape.
export function handleArcticShiftIds(options: { state: FakeState; params: URLSearchParams }): FakeResponse {
  const ids = new Set((options.params.get("ids") ?? "").split(",").map((id) => id.replace(/^t3_/, "")).filter(Boolean));
  if (ids.size > 500) return json({ error: "Too many ids" }, 400);
  return json({ data: options.state.corpus.posts.filter((p) => ids.has(p.id)).map(toDumpShape) });
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
