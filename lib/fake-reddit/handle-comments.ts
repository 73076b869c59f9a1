import { buildCommentListing } from "@/lib/fake-reddit/build-comment-listing";
import { escapeEntities } from "@/lib/fake-reddit/escape-entities";
import { json, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import { JUNK } from "@/lib/fake-reddit/add-odd-things";
import type { FakeState } from "@/lib/fake-reddit/fake-types";
import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";

// GET /comments/{id} (optionally ?comment={id} to continue a thread): [post Listing, comments Listing].
export function handleComments(options: { state: FakeState; postId: string; params: URLSearchParams }): FakeResponse {
  const { state, postId, params } = options;
  const post = state.corpus.posts.find((p) => p.id === postId);
  if (!post) return json({ message: "Not Found", error: 404 }, 404);
  const rawJson = params.get("raw_json") === "1";
  const escape = (thing: FakeThing) => escapeEntities({ thing, rawJson });
  const children = indexChildren(state.corpus.comments.filter((c) => c.link_id === post.name));
  const focus = params.get("comment");
  const focused = focus ? state.corpus.comments.find((c) => c.id === focus && c.link_id === post.name) : undefined;
  const roots = focused ? [focused] : (children.get(post.name) ?? []);
  const comments = buildCommentListing({ roots, children, budget: state.commentBudget, maxDepth: state.maxDepth, escape });
  if (state.scenario.name === "odd-things") comments.data.children.push(...JUNK);
  const postListing = { kind: "Listing", data: { after: null, before: null, dist: 1, modhash: "", children: [{ kind: "t3", data: escape(post) }] } };
  return json([postListing, comments]);
}

export function indexChildren(comments: FakeThing[]): Map<string, FakeThing[]> {
  const children = new Map<string, FakeThing[]>();
  for (const comment of comments) {
    const parent = String(comment.parent_id);
    children.set(parent, [...(children.get(parent) ?? []), comment]);
  }
  return children;
}
