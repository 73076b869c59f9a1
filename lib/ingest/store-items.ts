import type { Prisma } from "@/lib/generated/prisma/client";
import type { NormalizedItem } from "@/lib/reddit/types";

export type StoreResult = {
  storedIds: string[]; // items newly hit by this search (new rows or rows another search stored first)
  duplicates: number; // already hit by this search, or repeated within the batch (same fullname)
  nearDuplicates: number; // stored, but their normalized text was already seen under another id
};

// One round trip per table for a whole page: the batch travels as one JSON parameter and json_to_recordset turns it
// into rows (≈ COPY speed without a second connection). ON CONFLICT (id) makes concurrent searches with
// overlapping results converge on one row; rows go in id order so two such transactions lock them in the same
// order and cannot deadlock. Run inside the caller's transaction, with the search's counters and cursor.
export async function storeItems(options: { db: Prisma.TransactionClient; searchId: string; items: NormalizedItem[] }): Promise<StoreResult> {
  const unique = new Map<string, NormalizedItem>();
  for (const item of options.items) unique.set(item.id, item);
  const batchRepeats = options.items.length - unique.size;
  if (unique.size === 0) return { storedIds: [], duplicates: batchRepeats, nearDuplicates: 0 };
  const rows = [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  await options.db.$executeRaw`
    INSERT INTO reddit_items (id, kind, subreddit, author, title, body, url, permalink, created_utc, score, num_comments,
      upvote_ratio, is_nsfw, is_deleted, is_removed, is_stickied, crosspost_parent, parent_id, link_id, normalized_text,
      text_hash, source, raw, first_seen_at, updated_at)
    SELECT x.id, x.kind::"ItemKind", x.subreddit, x.author, x.title, x.body, x.url, x.permalink, x."createdUtc",
      x.score, x."numComments", x."upvoteRatio", x."isNsfw", x."isDeleted", x."isRemoved", x."isStickied",
      x."crosspostParent", x."parentId", x."linkId", x."normalizedText", x."textHash", x.source::"IngestSource", x.raw,
      now(), now()
    FROM json_to_recordset(${toJson(rows)}::json) AS x(id text, kind text, subreddit text, author text, title text,
      body text, url text, permalink text, "createdUtc" timestamp(3), score int, "numComments" int,
      "upvoteRatio" float8, "isNsfw" bool, "isDeleted" bool, "isRemoved" bool, "isStickied" bool,
      "crosspostParent" text, "parentId" text, "linkId" text, "normalizedText" text, "textHash" text, source text,
      raw jsonb)
    ORDER BY x.id
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

  // The earliest other item with the same text (first seen, then id) is the original; the original itself gets null.
  const hits = await options.db.$queryRaw<{ id: string; near: string | null }[]>`
    INSERT INTO search_hits (search_id, item_id, near_duplicate_of, created_at)
    SELECT ${options.searchId}, i.id,
      (SELECT r.id FROM reddit_items r
        WHERE r.text_hash = i.text_hash AND r.id <> i.id AND (r.first_seen_at, r.id) < (i.first_seen_at, i.id)
        ORDER BY r.first_seen_at, r.id LIMIT 1),
      now()
    FROM reddit_items i
    WHERE i.id IN (SELECT json_array_elements_text(${JSON.stringify(rows.map((r) => r.id))}::json))
    ORDER BY i.id
    ON CONFLICT (search_id, item_id) DO NOTHING
    RETURNING item_id AS id, near_duplicate_of AS near`;
  const storedIds = hits.map((h) => h.id);
  return {
    storedIds,
    duplicates: batchRepeats + (rows.length - storedIds.length),
    nearDuplicates: hits.filter((h) => h.near !== null).length,
  };
}

// PostgreSQL text cannot hold NUL; strip it only when present (rare), so the common path stays one stringify.
function toJson(rows: NormalizedItem[]): string {
  const json = JSON.stringify(rows);
  if (!json.includes("\\u0000")) return json;
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "string" ? value.replaceAll("\0", "") : value));
}
