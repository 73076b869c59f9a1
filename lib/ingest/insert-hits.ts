import type { Prisma } from "@/lib/generated/prisma/client";

// Phase 2 of storing a page, inside the search's transaction: which items this search matched. A hit that exists
// already (page fetched again, same post on two pages) is not inserted again. The earliest other item with the same
// normalized text (first seen, then id) is recorded as the original; the original itself gets null.
export async function insertHits(options: { db: Prisma.TransactionClient; searchId: string; itemIds: string[] }): Promise<{ storedIds: string[]; nearDuplicates: number }> {
  const ids = [...new Set(options.itemIds)].sort();
  if (ids.length === 0) return { storedIds: [], nearDuplicates: 0 };
  const hits = await options.db.$queryRaw<{ id: string; near: string | null }[]>`
    INSERT INTO search_hits (search_id, item_id, near_duplicate_of, created_at)
    SELECT ${options.searchId}, i.id,
      (SELECT r.id FROM reddit_items r
        WHERE r.text_hash = i.text_hash AND r.id <> i.id AND (r.first_seen_at, r.id) < (i.first_seen_at, i.id)
        ORDER BY r.first_seen_at, r.id LIMIT 1),
      now()
    FROM reddit_items i
    -- = ANY(ARRAY(...)) keeps this a primary-key lookup; IN (SELECT ...) lets the planner hash-join against a
    -- sequential scan of the whole table, which grows with every search.
    WHERE i.id = ANY (ARRAY(SELECT json_array_elements_text(${JSON.stringify(ids)}::json)))
    ORDER BY i.id
    ON CONFLICT (search_id, item_id) DO NOTHING
    RETURNING item_id AS id, near_duplicate_of AS near`;
  return { storedIds: hits.map((h) => h.id), nearDuplicates: hits.filter((h) => h.near !== null).length };
}
