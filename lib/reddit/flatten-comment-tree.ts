import { moreStubSchema, thingSchema, type MoreStub } from "@/lib/schemas/reddit";

// Walks a comment Listing (replies are "" or a nested Listing) into flat t1 data objects plus the `more` stubs
// to expand. `replies` is dropped from each comment's data: the children are stored as their own rows.
// Anything else (a child without data, an account, a broken stub) is counted as junk, so it is reported as
// malformed instead of vanishing.
export function flattenCommentTree(options: { things: unknown[] }): { comments: Record<string, unknown>[]; stubs: MoreStub[]; junk: number } {
  const comments: Record<string, unknown>[] = [];
  const stubs: MoreStub[] = [];
  let junk = 0;
  const stack = [...options.things].reverse();
  while (stack.length > 0) {
    const parsed = thingSchema.safeParse(stack.pop());
    if (!parsed.success || parsed.data.kind !== "t1") {
      const stub = parsed.success && parsed.data.kind === "more" ? moreStubSchema.safeParse(parsed.data.data) : null;
      if (stub?.success) stubs.push(stub.data);
      else junk += 1;
      continue;
    }
    const { replies, ...rest } = parsed.data.data as Record<string, unknown>;
    comments.push(rest);
    const children = readChildren(replies);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return { comments, stubs, junk };
}

function readChildren(replies: unknown): unknown[] {
  if (!replies || typeof replies !== "object") return [];
  const data = (replies as { data?: { children?: unknown } }).data;
  return Array.isArray(data?.children) ? data.children : [];
}
