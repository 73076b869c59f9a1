import { normalizeItem, type NormalizeResult } from "@/lib/reddit/normalize-item";
import { createKeywordMatcher } from "@/lib/reddit/match-keyword";
import { normalizeKeyword } from "@/lib/reddit/normalize-keyword";
import { createLinePrefilter } from "@/lib/reddit/create-line-prefilter";
import { readDumpLineBatches } from "@/lib/reddit/read-dump-lines";
import { readZstdWindow } from "@/lib/reddit/read-zstd-window";
import { moduleLogger } from "@/lib/logger";
import type { ItemSource, NormalizedItem, SkipCounts, SourcePage } from "@/lib/reddit/types";

const NSFW = /"over_18":\s*true/;
const log = moduleLogger("reddit");

type Page = { items: NormalizedItem[]; fetched: number; skipped: SkipCounts; scanned: number };
const emptyPage = (): Page => ({ items: [], fetched: 0, skipped: {}, scanned: 0 });

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
  const mentions = createLinePrefilter({ keyword }); // cheap test on the raw line before JSON.parse
  const subs = options.subreddits?.length ? new Set(options.subreddits.map((s) => s.toLowerCase())) : null;
  const after = options.after ? options.after.getTime() : null;
  const before = options.before ? options.before.getTime() : null;
  const pageSize = options.pageSize ?? 1000;
  const stats = { requests: 0, rateLimitWaits: 0, retries: 0, waitedMs: 0 };
  const nsfwPosts = new Set<string>();

  async function* pages({ cursor: start, signal }: { cursor?: Record<string, unknown> | null; signal?: AbortSignal }): AsyncGenerator<SourcePage> {
    const skipLines = typeof start?.line === "number" ? start.line : 0;
    const window = options.file.endsWith(".zst") ? await readZstdWindow({ file: options.file }).catch(() => null) : null;
    if (window && window > 128 * 1024 * 1024)
      log.info({ file: options.file, windowMb: Math.round(window / 1024 / 1024) }, "this dump's zstd window is large: decoding keeps up to that much in memory");
    let line = 0;
    let page = emptyPage();
    for await (const batch of readDumpLineBatches({ file: options.file, signal })) {
      for (const text of batch) {
        line += 1;
        // Comments carry no over_18: remember the NSFW posts met so far (a dump lists posts before their comments),
        // also the ones skipped on resume, so their comments are treated as NSFW too.
        if (NSFW.test(text)) rememberNsfwPost(text);
        if (line <= skipLines) continue;
        page.scanned += 1;
        if (mentions(text)) scanLine(text, page);
        // A page per `pageSize` items, or per 200k lines when matches are rare, so progress and cursor keep moving.
        if (page.items.length >= pageSize || page.scanned >= 200_000) {
          yield { ...page, cursor: { line } };
          page = emptyPage();
        }
      }
    }
    yield { ...page, cursor: { line, done: true }, stopReason: "exhausted", note: `read ${line} lines of ${options.file}` };
  }

  // A line that may mention the keyword: parsed, normalized, and counted when it is about the search.
  function scanLine(text: string, page: Page): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = null;
    }
    if (raw && typeof raw === "object" && nsfwPosts.has(String((raw as { link_id?: unknown }).link_id))) Object.assign(raw, { over_18: true });
    const result: NormalizeResult = raw === null ? { skip: "malformed" } : normalizeItem({ raw, source: "dump", includeNsfw: options.includeNsfw });
    // A skipped line has no normalized text: it counts when its raw text passed the keyword prefilter.
    if (result.item && !(matches(result.item.normalizedText) && inScope(result.item))) return;
    page.fetched += 1;
    if (result.skip) page.skipped[result.skip] = (page.skipped[result.skip] ?? 0) + 1;
    else page.items.push(result.item);
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
