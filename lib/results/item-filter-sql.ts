import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentModel } from "@/lib/annotation/get-current-model";
import type { ItemFilter } from "@/lib/schemas/results";

// The FROM and WHERE shared by the result summary, the items list and the export, so the three always agree on
// which items a filtered view holds. Aliases: h (search_hits, which carries the item's date, subreddit and kind),
// i (reddit_items, joined only when its text is needed), p (the current model's prediction, at most one per item),
// il (item_labels, the human verdict).

/** The human verdict as the API names it: a label, "off_topic", or null (nobody answered, or a tie). */
export const HUMAN_LABEL_SQL = Prisma.sql`(CASE WHEN il.label IS NOT NULL THEN il.label::text WHEN il.off_topic THEN 'off_topic' END)`;

export function resultItemsFromSql(options: {
  searchId: string;
  model: CurrentModel | null;
  filter: ItemFilter;
  withItems: boolean; // join reddit_items (as i) for its columns; a text search joins it anyway
}): Prisma.Sql {
  const { searchId, model, filter } = options;
  const joinItems = options.withItems || Boolean(filter.q);
  const prediction = model
    ? Prisma.sql`p.item_id = h.item_id AND p.model_id = ${model.modelId} AND p.model_version = ${model.modelVersion}`
    : Prisma.sql`false`;
  const conditions = [
    filter.label && Prisma.sql`p.label = ${filter.label}::"Sentiment"`,
    filter.subreddit && Prisma.sql`lower(h.item_subreddit) = lower(${filter.subreddit})`,
    filter.from && Prisma.sql`h.item_created_utc >= ${filter.from}`,
    filter.before && Prisma.sql`h.item_created_utc < ${filter.before}`,
    filter.minConfidence !== undefined && Prisma.sql`p.confidence >= ${filter.minConfidence}`,
    filter.maxConfidence !== undefined && Prisma.sql`p.confidence <= ${filter.maxConfidence}`,
    filter.corrected !== undefined && Prisma.sql`(${HUMAN_LABEL_SQL} IS NOT NULL) = ${filter.corrected}`,
    filter.kind && Prisma.sql`h.item_kind = ${filter.kind}::"ItemKind"`,
    filter.q && textSearchSql(filter.q),
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
  return Prisma.sql`
    FROM search_hits h
    ${joinItems ? Prisma.sql`JOIN reddit_items i ON i.id = h.item_id` : Prisma.empty}
    LEFT JOIN predictions p ON ${prediction}
    LEFT JOIN item_labels il ON il.item_id = h.item_id
   WHERE h.search_id = ${searchId}
     ${conditions.length > 0 ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty}`;
}

/**
 * The items (alias i) whose title or body holds `q`, case-insensitively. Written as two ILIKEs joined by OR so that
 * each can use its trigram index (reddit_items_title_trgm_idx, reddit_items_body_trgm_idx): an expression over both
 * columns would need an index of its own.
 */
export function textSearchSql(q: string): Prisma.Sql {
  return Prisma.sql`(i.title ILIKE ${likePattern(q)} OR i.body ILIKE ${likePattern(q)})`;
}

/** "50% off" matches the words literally: LIKE's wildcards and escape character are escaped. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
