import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** Creates the one settings row (id = 1) if it is missing; its first dataset threshold comes from DATASET_THRESHOLD. */
export async function ensureSettingsRow(db: Prisma.TransactionClient): Promise<void> {
  await db.$executeRaw`
    INSERT INTO settings (id, dataset_threshold, updated_at) VALUES (1, ${env.DATASET_THRESHOLD}, now())
    ON CONFLICT (id) DO NOTHING`;
}
