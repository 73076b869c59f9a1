import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { MARGIN_SQL, queueFromSql, type QueueFilter } from "@/lib/annotation/queue-filter-sql";
import type { QueueOrder } from "@/lib/annotation/types";

// Ids of the items waiting for an annotator, in queue order: their own skips after everything else, then the chosen
// order, then the id (a stable order, so pages do not overlap).

function orderSql(order: QueueOrder, annotatorId: string): Prisma.Sql {
  if (order === "newest") return Prisma.sql`i.created_utc DESC`;
  // A per-annotator shuffle that stays put between pages and differs between annotators (fewer claim collisions).
  if (order === "random") return Prisma.sql`md5(p.item_id || ${annotatorId})`;
  return Prisma.sql`${MARGIN_SQL} ASC NULLS LAST`;
}

export async function listQueueCandidates(
  options: QueueFilter & { order: QueueOrder; offset: number; take: number },
): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ item_id: string }[]>`
    SELECT p.item_id ${queueFromSql(options)}
     ORDER BY (mine.id IS NOT NULL) ASC, ${orderSql(options.order, options.annotatorId)}, p.item_id
    OFFSET ${options.offset} LIMIT ${options.take}`;
  return rows.map((row) => row.item_id);
}
