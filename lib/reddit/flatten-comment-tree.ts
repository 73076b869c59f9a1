import { moreStubSchema, thingSchema, type MoreStub } from "@/lib/schemas/reddit";

// Walks a comment Listing (replies are "" or a nested Listing) into flat t1 data objects plus the `more` stubs
// to expand. `replies` is dropped from each comment's data: the children are stored as their own rows.
export function flattenCommentTree(options: { things: unknown[] }): { comments: Record<string, unknown>[]; stubs: MoreStub[] } {
  const comments: Record<string, unknown>[] = [];
  const stubs: MoreStub[] = [];
  const stack = [...options.things].reverse();
  while (stack.length > 0) {
    const parsed = thingSchema.safeParse(stack.pop());
    if (!parsed.success) continue;
    const { kind, data } = parsed.data;
    if (kind === "more") {
      const stub = moreStubSchema.safeParse(data);
      if (stub.success) stubs.push(stub.data);
      continue;
    }
    if (kind !== "t1") continue;
    const { replies, ...rest } = data as Record<string, unknown>;
    comments.push(rest);
    const children = readChildren(replies);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return { comments, stubs };
}

function readChildren(replies: unknown): unknown[] {
  if (!replies || typeof replies !== "object") return [];
  const data = (replies as { data?: { children?: unknown } }).data;
  return Array.isArray(data?.children) ? data.children : [];
}
