import { arcticShiftResponseSchema } from "@/lib/schemas/reddit";
import type { HttpContext } from "@/lib/reddit/http-context";
import { requestJson } from "@/lib/reddit/request-json";

const IDS_PER_REQUEST = 100;

// Comments carry no over_18 of their own: whether one sits under an NSFW post is a property of its post. Arctic
// Shift's /api/posts/ids answers that for up to 100 posts a request; answers are remembered for the whole run.
export function createNsfwPostLookup(options: { ctx: HttpContext; baseUrl: string }): (linkIds: string[]) => Promise<Set<string>> {
  const known = new Map<string, boolean>(); // post id (no t3_) → NSFW
  return async (linkIds) => {
    const ids = [...new Set(linkIds.map((id) => id.replace(/^t3_/, "")))];
    const unknown = ids.filter((id) => !known.has(id));
    for (let i = 0; i < unknown.length; i += IDS_PER_REQUEST) {
      const batch = unknown.slice(i, i + IDS_PER_REQUEST);
      const url = new URL("/api/posts/ids", options.baseUrl);
      url.search = new URLSearchParams({ ids: batch.join(",") }).toString();
      const parsed = arcticShiftResponseSchema.safeParse(await requestJson({ ctx: options.ctx, url: url.toString() }));
      for (const id of batch) known.set(id, false); // a post Arctic Shift does not have: nothing says NSFW
      for (const post of parsed.success ? (parsed.data.data ?? []) : []) known.set(String(post.id), post.over_18 === true);
    }
    return new Set(ids.filter((id) => known.get(id)).map((id) => `t3_${id}`));
  };
}
