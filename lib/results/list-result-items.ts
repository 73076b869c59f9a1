import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { CurrentModel } from "@/lib/annotation/get-current-model";
import { toRedditUrl } from "@/lib/annotation/to-reddit-url";
import { encodeItemsCursor, type ItemsCursor } from "@/lib/results/items-cursor";
import { HUMAN_LABEL_SQL, resultItemsFromSql } from "@/lib/results/item-filter-sql";
import type { ItemsPage, ResultItem, SentimentLabel } from "@/lib/results/types";
import type { ItemFilter } from "@/lib/schemas/results";

// One page of a search's items, newest first, then by id: a total order, so the keyset cursor (the last row's
// position) never repeats or skips a row, whatever arrives between two pages. The order is the index
// search_hits (search_id, item_created_utc DESC, item_id DESC): a page reads its rows and stops.

type Row = {
  id: string;
  kind: "post" | "comment";
  subreddit: string;
  author: string | null;
  title: string | null;
  body: string;
  created_utc: Date;
  score: number | null;
  permalink: string | null;
  model_label: SentimentLabel | null;
  model_confidence: number | null;
  human_label: ResultItem["humanLabel"];
};

export async function listResultItems(options: {
  searchId: string;
  model: CurrentModel | null;
  filter: ItemFilter;
  cursor?: ItemsCursor;
  limit: number;
}): Promise<ItemsPage> {
  const { cursor, limit } = options;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT i.id, i.kind::text AS kind, i.subreddit, i.author,
           COALESCE(i.title, (SELECT post.title FROM reddit_items post WHERE post.id = i.link_id)) AS title, i.body, i.created_utc, i.score, i.permalink,
           p.label::text AS model_label, p.confidence AS model_confidence, ${HUMAN_LABEL_SQL} AS human_label
    ${resultItemsFromSql({ ...options, withItems: true })}
    ${cursor ? Prisma.sql`AND (h.item_created_utc, h.item_id) < (${cursor.createdUtc}, ${cursor.id})` : Prisma.empty}
    ORDER BY h.item_created_utc DESC, h.item_id DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toResultItem),
    nextCursor: rows.length > limit && last ? encodeItemsCursor({ createdUtc: last.created_utc, id: last.id }) : null,
  };
}

function toResultItem(row: Row): ResultItem {
  return {
    id: row.id,
    kind: row.kind,
    subreddit: row.subreddit,
    author: row.author,
    title: row.title,
    text: row.body,
    createdUtc: row.created_utc.toISOString(),
    score: row.score,
    permalink: toRedditUrl(row.permalink),
    modelLabel: row.model_label,
    modelConfidence: row.model_confidence,
    humanLabel: row.human_label,
  };
}
