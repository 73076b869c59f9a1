import { prisma } from "@/lib/db";
import { queueFromSql, type QueueFilter } from "@/lib/annotation/queue-filter-sql";

/** How many items wait for the annotator with these filters (items on others' screens included). */
export async function countQueue(filter: QueueFilter): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${queueFromSql(filter)}`;
  return Number(row?.n ?? 0);
}
