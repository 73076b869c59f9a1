import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureSettingsRow } from "@/lib/settings/ensure-settings-row";

/**
 * Counts one saved answer towards the next dataset. Call it inside the transaction that writes the correction: the
 * UPDATE takes the counter row's lock, so concurrent writers are serialized and exactly one of them sees each
 * crossing. On a crossing the counter resets, the next version is reserved and a build request is written to the
 * outbox (same transaction); after commit, call dispatchDatasetBuildRequests() to send its event.
 * Returns the version whose build this answer triggered, or null.
 */
export async function countAnswerTowardsDataset(tx: Prisma.TransactionClient): Promise<number | null> {
  await tx.$executeRaw`INSERT INTO dataset_counter (id, updated_at) VALUES (1, now()) ON CONFLICT DO NOTHING`;
  await ensureSettingsRow(tx); // a new install: its first threshold comes from DATASET_THRESHOLD
  const [crossed] = await tx.$queryRaw<{ version: number }[]>`
    WITH counted AS (
      UPDATE dataset_counter c
         SET pending = CASE WHEN c.pending + 1 >= s.dataset_threshold THEN 0 ELSE c.pending + 1 END,
             next_version = CASE WHEN c.pending + 1 >= s.dataset_threshold THEN c.next_version + 1 ELSE c.next_version END,
             updated_at = now()
        FROM settings s
       WHERE c.id = 1 AND s.id = 1
   RETURNING c.next_version AS next_version, c.pending AS pending
    )
    SELECT next_version - 1 AS version FROM counted WHERE pending = 0`;
  if (!crossed) return null;
  await tx.datasetBuildRequest.create({ data: { version: crossed.version, trigger: "threshold" } });
  return crossed.version;
}
