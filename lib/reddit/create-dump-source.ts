import { normalizeItem, type NormalizeResult } from "@/lib/reddit/normalize-item";
import { createKeywordMatcher } from "@/lib/reddit/match-keyword";
import { normalizeKeyword } from "@/lib/reddit/normalize-keyword";
import { readDumpLines } from "@/lib/reddit/read-dump-lines";
import type { ItemSource, NormalizedItem, SkipCounts, SourcePage } from "@/lib/reddit/types";

const NSFW = /"over_18":\s*true/;

export type DumpOptions = {
  file: string;
  keyword: string;
  subreddits?: string[]; // empty: every subreddit
  after?: Date | null;
  before?: Date | null;
  includeNsfw?: boolean;
  pageSize?: number; // items per yielded page
};

// A dump file filtered by keyword (whole word, on normalized text), subreddits and time range. Lines that are not
// about the search are scanned but not counted as fetched. The cursor is the number of lines consumed: zstd frames
// can't be entered mid-way, so a resume decompresses again and skips that many lines.
export function createDumpSource(options: DumpOptions): ItemSource {
  const keyword = normalizeKeyword({ keyword: options.keyword });
  const matches = createKeywordMatcher({ keyword });
  // Cheap test on the raw line before JSON.parse; only for ASCII keywords, whose words survive JSON escaping.
  const words = /^[a-z0-9 ]+$/.test(keyword) ? keyword.split(" ") : null;
  const subs = options.subreddits?.length ? new Set(options.subreddits.map((s) => s.toLowerCase())) : null;
  const after = options.after ? options.after.getTime() : null;
  const before = options.before ? options.before.getTime() : null;
  const pageSize = options.pageSize ?? 1000;
  const stats = { requests: 0, rateLimitWaits: 0, retries: 0, waitedMs: 0 };
  const nsfwPosts = new Set<string>();

  async function* pages({ cursor: start, signal }: { cursor?: Record<string, unknown> | null; signal?: AbortSignal }): AsyncGenerator<SourcePage> {
    const skipLines = typeof start?.line === "number" ? start.line : 0;
    let line = 0;
    let scanned = 0;
    let fetched = 0;
    let items: NormalizedItem[] = [];
    let skipped: SkipCounts = {};
    for await (const text of readDumpLines({ file: options.file, signal })) {
      line += 1;
      // Comments carry no over_18: remember the NSFW posts met so far (a dump lists posts before their comments),
      // also the ones skipped on resume, so their comments are treated as NSFW too.
      if (NSFW.test(text)) rememberNsfwPost(text);
      if (line <= skipLines) continue;
      scanned += 1;
      const lower = text.toLowerCase();
      if (!words || words.every((w) => lower.includes(w))) {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          raw = null;
        }
        if (raw && typeof raw === "object" && nsfwPosts.has(String((raw as { link_id?: unknown }).link_id))) Object.assign(raw, { over_18: true });
        const result: NormalizeResult = raw === null ? { skip: "malformed" } : normalizeItem({ raw, source: "dump", includeNsfw: options.includeNsfw });
        const item = result.item;
        // A skipped line has no normalized text: it counts when its raw text mentions the keyword.
        const relevant = item ? matches(item.normalizedText) && inScope(item) : lower.includes(keyword);
        if (relevant) {
          fetched += 1;
          if (result.skip) skipped[result.skip] = (skipped[result.skip] ?? 0) + 1;
          else if (item) items.push(item);
        }
      }
      // A page per `pageSize` items, or per 200k lines when matches are rare, so progress and cursor keep moving.
      if (items.length >= pageSize || scanned >= 200_000) {
        yield { items, fetched, skipped, scanned, cursor: { line } };
        [items, skipped, fetched, scanned] = [[], {}, 0, 0];
      }
    }
    yield { items, fetched, skipped, scanned, cursor: { line, done: true }, stopReason: "exhausted", note: `read ${line} lines of ${options.file}` };
  }

  function rememberNsfwPost(text: string): void {
    try {
      const raw = JSON.parse(text) as { id?: unknown; title?: unknown; over_18?: unknown };
      if (raw.over_18 === true && typeof raw.title === "string") nsfwPosts.add(`t3_${String(raw.id)}`);
    } catch {
      // a malformed line is counted where it matters, below
    }
  }

  function inScope(item: NormalizedItem): boolean {
    if (subs && !subs.has(item.subreddit.toLowerCase())) return false;
    const t = item.createdUtc.getTime();
    return (after === null || t >= after) && (before === null || t < before);
  }

  return { name: "dump", stats, pages };
}
