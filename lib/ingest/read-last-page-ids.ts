import type { PrismaClient } from "@/lib/generated/prisma/client";

// The items of the last page a search committed: its hits share that transaction's timestamp. A run that stopped
// after the commit but before onPageStored finished (crash, a failing callback) hands them over again on resume,
// so callbacks are at-least-once; consumers dedupe (event ids, unique predictions).
export async function readLastPageIds(options: { db: PrismaClient; searchId: string }): Promise<string[]> {
  const rows = await options.db.$queryRaw<{ id: string }[]>`
    SELECT item_id AS id FROM search_hits
    WHERE search_id = ${options.searchId}
      AND created_at = (SELECT max(created_at) FROM search_hits WHERE search_id = ${options.searchId})
    ORDER BY item_id`;
  return rows.map((r) => r.id);
}
