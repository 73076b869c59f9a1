import { arcticShiftResponseSchema } from "@/lib/schemas/reddit";
import type { HttpContext } from "@/lib/reddit/http-context";
import { normalizePage } from "@/lib/reddit/normalize-page";
import { pickStopReason } from "@/lib/reddit/pick-stop-reason";
import { RedditError } from "@/lib/reddit/reddit-error";
import { requestJson } from "@/lib/reddit/request-json";
import type { ItemSource, SourcePage, StopReason } from "@/lib/reddit/types";

export type ArcticShiftOptions = {
  keyword: string;
  subreddit?: string | null;
  after?: Date | null;
  before?: Date | null;
  includeComments?: boolean;
  includeNsfw?: boolean;
  pageSize?: number;
};

type Phase = "posts" | "comments";
type Cursor = { phase: Phase; after: number | null; boundary: string[]; reasons: StopReason[]; done?: boolean };

// Arctic Shift's public search (no key): posts by `query`, then optionally comments by `body`, oldest first, paged
// by the created_utc of the last item. The next page starts one second earlier so items sharing the last second
// are not lost; the ids already seen in that second (`boundary`) are dropped.
export function createArcticShiftSource(options: ArcticShiftOptions & { ctx: HttpContext; baseUrl: string }): ItemSource {
  const { ctx, baseUrl } = options;
  const pageSize = options.pageSize ?? 100;
  const phases: Phase[] = options.includeComments ? ["posts", "comments"] : ["posts"];

  async function* pages({ cursor: start, signal }: { cursor?: Record<string, unknown> | null; signal?: AbortSignal }): AsyncGenerator<SourcePage> {
    ctx.signal = signal;
    let cursor: Cursor = { phase: "posts", after: null, boundary: [], reasons: [], ...(start as Partial<Cursor> | null) };
    while (!cursor.done) {
      const url = new URL(`/api/${cursor.phase}/search`, baseUrl);
      const params = new URLSearchParams({ [cursor.phase === "posts" ? "query" : "body"]: options.keyword, limit: String(pageSize), sort: "asc" });
      if (options.subreddit) params.set("subreddit", options.subreddit);
      const after = cursor.after !== null ? cursor.after - 1 : options.after ? Math.floor(options.after.getTime() / 1000) : null;
      if (after !== null) params.set("after", String(after));
      if (options.before) params.set("before", String(Math.floor(options.before.getTime() / 1000)));
      url.search = params.toString();
      const parsed = arcticShiftResponseSchema.safeParse(await requestJson({ ctx, url: url.toString() }));
      if (!parsed.success) throw new RedditError("bad-body", `Arctic Shift answer has no data array (${url.pathname})`);
      if (parsed.data.error) throw new RedditError("http-error", `Arctic Shift error: ${parsed.data.error}`);
      const rows = parsed.data.data ?? [];
      const seen = new Set(cursor.boundary);
      const fresh = rows.filter((row) => !seen.has(String(row.id)));
      const last = rows.at(-1);
      const lastCreated = last ? Number(last.created_utc) : null;
      const page = normalizePage({ things: fresh.map((raw) => ({ raw, kind: cursor.phase === "posts" ? ("t3" as const) : ("t1" as const) })), source: "arctic_shift", includeNsfw: options.includeNsfw });

      let stop: StopReason | null = null;
      if (rows.length < pageSize) stop = "exhausted";
      else if (fresh.length === 0 || lastCreated === null || !Number.isFinite(lastCreated)) stop = "repeated-cursor"; // a full page of one second
      if (stop) {
        const next = phases[phases.indexOf(cursor.phase) + 1];
        cursor = next ? { phase: next, after: null, boundary: [], reasons: [...cursor.reasons, stop] } : { ...cursor, reasons: [...cursor.reasons, stop], done: true };
      } else {
        const sameSecond = rows.filter((row) => Number(row.created_utc) === lastCreated).map((row) => String(row.id));
        const carried = lastCreated === cursor.after ? cursor.boundary : [];
        cursor = { ...cursor, after: lastCreated, boundary: [...new Set([...carried, ...sameSecond])] };
      }
      yield { ...page, cursor };
    }
    yield { items: [], fetched: 0, skipped: {}, cursor, stopReason: pickStopReason({ reasons: cursor.reasons }), note: phases.map((p, i) => `${p}: ${cursor.reasons[i] ?? "not reached"}`).join("; ") };
  }

  return { name: "arctic_shift", stats: ctx.stats, pages };
}
