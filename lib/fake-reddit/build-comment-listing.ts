import type { FakeThing } from "@/lib/fake-reddit/generate-corpus";

type Children = Map<string, FakeThing[]>; // parent fullname → comments

// Renders comments the way /comments/{id} does: nested `replies` Listings ("" when none), at most `budget`
// comments in all, the rest behind `more` stubs listing every hidden id (count = how many), and replies deeper
// than `maxDepth` behind "continue this thread" stubs (count 0, no children).
export function buildCommentListing(options: { roots: FakeThing[]; children: Children; budget: number; maxDepth: number; escape: (t: FakeThing) => FakeThing }) {
  let budget = options.budget;
  const render = (siblings: FakeThing[], parent: string, depth: number): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < siblings.length; i += 1) {
      const comment = siblings[i]!;
      if (budget <= 0) {
        const hidden = siblings.slice(i).flatMap((c) => [c.id, ...descendants(c, options.children)]);
        out.push({ kind: "more", data: { count: hidden.length, name: `t1_${hidden[0]}`, id: hidden[0], parent_id: parent, depth, children: hidden } });
        break;
      }
      budget -= 1;
      const kids = options.children.get(comment.name) ?? [];
      let replies: unknown = "";
      if (kids.length > 0 && depth >= options.maxDepth) {
        replies = wrap([{ kind: "more", data: { count: 0, name: "t1__", id: "_", parent_id: comment.name, depth: depth + 1, children: [] } }]);
      } else if (kids.length > 0) {
        replies = wrap(render(kids, comment.name, depth + 1));
      }
      out.push({ kind: "t1", data: { ...options.escape(comment), depth, replies } });
    }
    return out;
  };
  return wrap(render(options.roots, String(options.roots[0]?.parent_id ?? ""), 0));
}

export function descendants(comment: FakeThing, children: Children): string[] {
  const kids = children.get(comment.name) ?? [];
  return kids.flatMap((k) => [k.id, ...descendants(k, children)]);
}

function wrap(children: unknown[]) {
  return { kind: "Listing", data: { after: null, before: null, dist: null, modhash: "", children } };
}
