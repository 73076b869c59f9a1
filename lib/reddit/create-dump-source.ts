import { normalizeItem, type NormalizeResult } from "@/lib/reddit/normalize-item";
import { createKeywordMatcher } from "@/lib/reddit/match-keyword";
import { normalizeKeyword } from "@/lib/reddit/normalize-keyword";
import { readDumpLines } from "@/lib/reddit/read-dump-lines";
import type { ItemSource, NormalizedItem, SkipCounts, SourcePage } from "@/lib/reddit/types";

export type DumpOptions = {
  file: string;
  keyword: string;
  subreddit?: string | null;
  after?: Date | null;
  before?: Date | null;
  includeNsfw?: boolean;
  pageSize?: number; // items per yielded page
};

// A dump file filtered by keyword (whole word, on normalized text), subreddit and time range. Lines that are not
// about the search are scanned but not counted as fetched. The cursor is the number of lines consumed: zstd frames
// can't be entered mid-way, so a resume decompresses again and skips that many lines.
export function createDumpSource(options: DumpOptions): ItemSource {
  const keyword = normalizeKeyword({ keyword: options.keyword });
  const matches = createKeywordMatcher({ keyword });
  // Cheap test on the raw line before JSON.parse; only for ASCII keywords, whose words survive JSON escaping.
  const words = /^[a-z0-9 ]+$/.test(keyword) ? keyword.split(" ") : null;
  const sub = options.subreddit?.toLowerCase() ?? null;
  const after = options.after ? options.after.getTime() : null;
  const before = options.before ? options.before.getTime() : null;
  const pageSize = options.pageSize ?? 1000;
  const stats = { requests: 0, rateLimitWaits: 0, retries: 0, waitedMs: 0 };

  async function* pages({ cursor: start, signal }: { cursor?: Record<string, unknown> | null; signal?: AbortSignal }): AsyncGenerator<SourcePage> {
    const skipLines = typeof start?.line === "number" ? start.line : 0;
    let line = 0;
    let scanned = 0;
    let fetched = 0;
    let items: NormalizedItem[] = [];
    let skipped: SkipCounts = {};
    for await (const text of readDumpLines({ file: options.file, signal })) {
      line += 1;
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

  function inScope(item: NormalizedItem): boolean {
    if (sub && item.subreddit.toLowerCase() !== sub) return false;
    const t = item.createdUtc.getTime();
    return (after === null || t >= after) && (before === null || t < before);
  }

  return { name: "dump", stats, pages };
}
