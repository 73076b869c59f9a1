import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentModel } from "@/lib/annotation/get-current-model";
import type { QueueQuery } from "@/lib/annotation/types";

// The WHERE clause shared by the queue's candidate list and its count. The query aliases are p (current-model
// predictions: one per item), i (reddit_items), il (item_labels) and mine (the annotator's live correction).
//
// An item waits for an annotator when: the current model predicted it; they have not answered it (a skip still
// waits); fewer than `overlap` annotators answered it; no admin settled it; it is not a repost or copypasta of an
// earlier item (its hit is marked near-duplicate); and it matches the filters.

export type QueueFilter = Pick<QueueQuery, "searchId" | "subreddit" | "label" | "exclude"> & {
  annotatorId: string;
  overlap: number;
  model: CurrentModel;
};

export function queueFromSql(filter: QueueFilter): Prisma.Sql {
  return Prisma.sql`
    FROM predictions p
    JOIN reddit_items i ON i.id = p.item_id
    LEFT JOIN item_labels il ON il.item_id = p.item_id
    LEFT JOIN corrections mine ON mine.item_id = p.item_id AND mine.annotator_id = ${filter.annotatorId}
   WHERE p.model_id = ${filter.model.modelId} AND p.model_version = ${filter.model.modelVersion}
     AND (mine.id IS NULL OR mine.action = 'skip')
     AND COALESCE(il.answers, 0) < ${filter.overlap}
     AND NOT EXISTS (SELECT 1 FROM item_resolutions r WHERE r.item_id = p.item_id)
     AND NOT EXISTS (SELECT 1 FROM search_hits d WHERE d.item_id = p.item_id AND d.near_duplicate_of IS NOT NULL)
     ${filter.searchId ? Prisma.sql`AND EXISTS (SELECT 1 FROM search_hits h WHERE h.item_id = p.item_id AND h.search_id = ${filter.searchId})` : Prisma.empty}
     ${filter.subreddit ? Prisma.sql`AND lower(i.subreddit) = lower(${filter.subreddit})` : Prisma.empty}
     ${filter.label ? Prisma.sql`AND p.label = ${filter.label}::"Sentiment"` : Prisma.empty}
     ${filter.exclude.length > 0 ? Prisma.sql`AND p.item_id <> ALL(${filter.exclude}::text[])` : Prisma.empty}`;
}

/** The margin between the two highest of the three probabilities: max − (sum − max − min). */
export const MARGIN_SQL = Prisma.sql`(
  2 * GREATEST((p.probabilities->>'negative')::float8, (p.probabilities->>'neutral')::float8, (p.probabilities->>'positive')::float8)
  + LEAST((p.probabilities->>'negative')::float8, (p.probabilities->>'neutral')::float8, (p.probabilities->>'positive')::float8)
  - ((p.probabilities->>'negative')::float8 + (p.probabilities->>'neutral')::float8 + (p.probabilities->>'positive')::float8)
)`;
