import { escapeEntities } from "@/lib/fake-reddit/escape-entities";
import { json, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import type { FakeState } from "@/lib/fake-reddit/fake-types";

// GET|POST /api/morechildren?link_id=t3_…&children=a,b,c&api_type=json: the requested comments, flat, each with
// its parent_id. Only `moreChildrenBatch` per answer; the rest come back as a new `more` stub.
export function handleMoreChildren(options: { state: FakeState; params: URLSearchParams }): FakeResponse {
  const { state, params } = options;
  const linkId = params.get("link_id") ?? "";
  const ids = (params.get("children") ?? "").split(",").filter(Boolean);
  if (!linkId.startsWith("t3_") || ids.length === 0) return json({ json: { errors: [["BAD_REQUEST", "missing link_id or children", "children"]] } });
  if (ids.length > 100) return json({ json: { errors: [["TOO_MANY", "at most 100 children", "children"]] } });
  if (state.scenario.name === "odd-things") return json({ json: { errors: [], data: { things: "unavailable" } } });
  const rawJson = params.get("raw_json") === "1";
  const wanted = new Set(ids.slice(0, state.moreChildrenBatch));
  const rest = ids.slice(state.moreChildrenBatch);
  const things: unknown[] = state.corpus.comments
    .filter((c) => c.link_id === linkId && wanted.has(c.id))
    .map((c) => ({ kind: "t1", data: { ...escapeEntities({ thing: c, rawJson }), replies: "" } }));
  if (rest.length > 0) things.push({ kind: "more", data: { count: rest.length, name: `t1_${rest[0]}`, id: rest[0], parent_id: linkId, depth: 0, children: rest } });
  return json({ json: { errors: [], data: { things } } });
}
