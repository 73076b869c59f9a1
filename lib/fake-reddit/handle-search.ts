import type { FakeState } from "@/lib/fake-reddit/fake-types";
import { escapeEntities } from "@/lib/fake-reddit/escape-entities";
import { json, redirect, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import { searchCorpus } from "@/lib/fake-reddit/search-corpus";
import { checkSubreddit } from "@/lib/fake-reddit/check-subreddit";
import { readLimit } from "@/lib/fake-reddit/read-limit";
import { oddChildren } from "@/lib/fake-reddit/add-odd-things";

// GET /search and /r/{sub}/search: a Listing of t3 things, `after` = fullname of the last one, null at the end.
export function handleSearch(options: { state: FakeState; params: URLSearchParams; subreddit: string | null }): FakeResponse {
  const { state, params, subreddit } = options;
  if (subreddit) {
    const refusal = checkSubreddit({ state, subreddit });
    if (refusal) return refusal;
  }
  const q = params.get("q") ?? "";
  // A query that looks like a link is sent to the submit page, as Reddit does.
  if (/^(https?:\/\/|www\.)\S+$/i.test(q.trim())) return redirect(`/submit?url=${encodeURIComponent(q.trim())}`);
  const restrict = params.get("restrict_sr") === "1" || params.get("restrict_sr") === "true" || params.get("restrict_sr") === "on";
  const all = searchCorpus({
    things: state.corpus.posts,
    query: q,
    fields: ["title", "selftext"],
    subreddit: restrict ? subreddit : null,
    sort: params.get("sort"),
    time: params.get("t"),
    end: state.corpus.end,
  }).slice(0, Math.min(state.searchCap, state.listingCap));
  const limit = readLimit({ value: params.get("limit") });
  const after = params.get("after");
  let start = after ? all.findIndex((t) => t.name === after) + 1 : 0;
  if (after && start === 0) start = all.length; // an unknown cursor: Reddit answers an empty page
  const scenario = state.scenario;
  if (scenario.name === "shifting-pages" && start > 0) start -= 1; // a new post pushed everything down by one
  const page = all.slice(start, start + limit);
  let nextAfter = start + limit < all.length ? (page.at(-1)?.name ?? null) : null;
  if (scenario.name === "repeated-after" && after) nextAfter = after;
  if (scenario.name === "cycling-after" && start >= 2 * limit) nextAfter = all[limit - 1]?.name ?? null;
  if (scenario.name === "empty-page" && after && start === limit) return listing([], scenario.advance ? (page.at(-1)?.name ?? null) : after, params);
  const shown = scenario.name === "null-num-comments" ? page.map((thing) => ({ ...thing, num_comments: null })) : page;
  return listing(shown, nextAfter, params, scenario.name === "odd-things");
}

function listing(page: ReturnType<typeof searchCorpus>, after: string | null, params: URLSearchParams, odd = false): FakeResponse {
  const rawJson = params.get("raw_json") === "1";
  const things = page.map((thing) => escapeEntities({ thing, rawJson }));
  return json({
    kind: "Listing",
    data: {
      after,
      dist: page.length,
      modhash: "",
      geo_filter: null,
      before: null,
      children: odd ? oddChildren(things) : things.map((data) => ({ kind: "t3", data })),
    },
  });
}
