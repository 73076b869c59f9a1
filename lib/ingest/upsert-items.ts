import type { Prisma } from "@/lib/generated/prisma/client";
import type { NormalizedItem } from "@/lib/reddit/types";

// Phase 1 of storing a page: the items themselves. Idempotent and outside the search's transaction, so it can run
// while the previous page's hits commit (two PostgreSQL backends busy on two cores). The page travels as one JSON
// parameter; ON CONFLICT (id) makes concurrent searches with overlapping results converge on one row; rows go in id
// order, so two such statements lock rows in the same order and cannot deadlock. Returns the number of repeated
// fullnames within the page.
export async function upsertItems(options: { db: Prisma.TransactionClient; items: NormalizedItem[] }): Promise<number> {
  const unique = new Map<string, NormalizedItem>();
  for (const item of options.items) unique.set(item.id, item);
  if (unique.size === 0) return options.items.length;
  const rows = [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Rows travel as positional arrays (no key names repeated per row), parsed once as jsonb: about a third less work
  // for PostgreSQL than json_to_recordset over objects, and `raw` needs no second parse.
  await options.db.$executeRaw`
    INSERT INTO reddit_items (id, kind, subreddit, author, title, body, url, permalink, created_utc, score, num_comments,
      upvote_ratio, is_nsfw, is_deleted, is_removed, is_stickied, crosspost_parent, parent_id, link_id, normalized_text,
      text_hash, source, raw, first_seen_at, updated_at)
    SELECT e->>0, (e->>1)::"ItemKind", e->>2, e->>3, e->>4, e->>5, e->>6, e->>7, (e->>8)::timestamp(3), (e->>9)::int,
      (e->>10)::int, (e->>11)::float8, (e->>12)::bool, (e->>13)::bool, (e->>14)::bool, (e->>15)::bool, e->>16,
      e->>17, e->>18, e->>19, e->>20, (e->>21)::"IngestSource", e->22, now(), now()
    FROM jsonb_array_elements(${toJson(rows.map(toTuple))}::jsonb) AS e
    ORDER BY e->>0
    ON CONFLICT (id) DO UPDATE SET
      title = EXCLUDED.title, body = EXCLUDED.body, url = EXCLUDED.url, score = EXCLUDED.score,
      num_comments = EXCLUDED.num_comments, upvote_ratio = EXCLUDED.upvote_ratio, is_nsfw = EXCLUDED.is_nsfw,
      is_stickied = EXCLUDED.is_stickied, normalized_text = EXCLUDED.normalized_text, text_hash = EXCLUDED.text_hash,
      raw = EXCLUDED.raw, updated_at = now()
    -- Overlapping searches mostly meet unchanged items: rewriting them would only churn the table and its indexes.
    WHERE (reddit_items.score, reddit_items.num_comments, reddit_items.upvote_ratio, reddit_items.text_hash,
      reddit_items.is_nsfw, reddit_items.is_stickied, reddit_items.url)
      IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.num_comments, EXCLUDED.upvote_ratio, EXCLUDED.text_hash,
      EXCLUDED.is_nsfw, EXCLUDED.is_stickied, EXCLUDED.url)`;
  return options.items.length - unique.size;
}

// Column order of the INSERT above.
function toTuple(i: NormalizedItem): unknown[] {
  return [i.id, i.kind, i.subreddit, i.author, i.title, i.body, i.url, i.permalink, i.createdUtc, i.score, i.numComments,
    i.upvoteRatio, i.isNsfw, i.isDeleted, i.isRemoved, i.isStickied, i.crosspostParent, i.parentId, i.linkId,
    i.normalizedText, i.textHash, i.source, i.raw];
}

// PostgreSQL text cannot hold NUL, and jsonb refuses a lone UTF-16 surrogate (half an emoji, cut by some client):
// either would fail the whole page. JSON.stringify escapes exactly these (a pair is written as the character
// itself), so clean them only when such an escape is present (rare): NUL dropped, a lone surrogate read as U+FFFD,
// as a UTF-8 decoder would. The common path stays one stringify.
function toJson(rows: unknown[][]): string {
  const json = JSON.stringify(rows);
  if (!json.includes("\\u0000") && !/\\ud[89a-f]/.test(json)) return json;
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "string" ? value.replaceAll("\0", "").replace(/\p{Surrogate}/gu, "\ufffd") : value));
}
