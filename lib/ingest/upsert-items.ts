import type { Prisma } from "@/lib/generated/prisma/client";
import type { NormalizedItem } from "@/lib/reddit/types";

// Phase 1 of storing a page: the items themselves. Idempotent and outside the search's transaction, so it can run
// while the previous page's hits commit (two PostgreSQL backends busy on two cores). The page travels as one JSON
// parameter that json_to_recordset turns into rows; ON CONFLICT (id) makes concurrent searches with overlapping
// results converge on one row; rows go in id order, so two such statements lock rows in the same order and cannot
// deadlock. Returns the number of repeated fullnames within the page.
export async function upsertItems(options: { db: Prisma.TransactionClient; items: NormalizedItem[] }): Promise<number> {
  const unique = new Map<string, NormalizedItem>();
  for (const item of options.items) unique.set(item.id, item);
  if (unique.size === 0) return options.items.length;
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
  return options.items.length - unique.size;
}

// PostgreSQL text cannot hold NUL; strip it only when present (rare), so the common path stays one stringify.
function toJson(rows: NormalizedItem[]): string {
  const json = JSON.stringify(rows);
  if (!json.includes("\\u0000")) return json;
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "string" ? value.replaceAll("\0", "") : value));
}
