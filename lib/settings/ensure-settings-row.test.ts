import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { countAnswerTowardsDataset } from "@/lib/datasets/count-answer";

// DATASET_THRESHOLD is the first threshold of a new install: the settings row is created on first use with it, and
// an untouched row an older migration inserted with the column defaults is removed so the variable can apply.

class Rollback extends Error {}

/** Runs `work` in a transaction that is always rolled back, so the shared settings row is left as it was. */
async function inRolledBackTransaction(work: Parameters<typeof prisma.$transaction>[0]) {
  await prisma.$transaction(async (tx) => {
    await work(tx);
    throw new Rollback();
  }).catch((error: unknown) => {
    if (!(error instanceof Rollback)) throw error;
  });
}

describe("the settings row of a new install", () => {
  it("the first answer counted creates the row with DATASET_THRESHOLD", async () => {
    const configured = env.DATASET_THRESHOLD;
    env.DATASET_THRESHOLD = 7;
    try {
      await inRolledBackTransaction(async (tx) => {
        await tx.$executeRaw`DELETE FROM settings`;
        await countAnswerTowardsDataset(tx);
        const row = await tx.settings.findUniqueOrThrow({ where: { id: 1 } });
        expect(row.datasetThreshold).toBe(7);
      });
    } finally {
      env.DATASET_THRESHOLD = configured;
    }
  });

  it("the migration removes a row nobody edited and keeps one an admin saved", async () => {
    const sql = readFileSync(
      path.join(import.meta.dirname, "../../prisma/migrations/20261203091000_settings_row_from_environment/migration.sql"),
      "utf8",
    );
    await inRolledBackTransaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM settings`;
      await tx.$executeRaw`INSERT INTO settings (id, updated_at) VALUES (1, now())`; // what the older migration wrote
      await tx.$executeRawUnsafe(sql);
      expect(await tx.settings.count()).toBe(0);

      await tx.$executeRaw`INSERT INTO settings (id, dataset_threshold, updated_at) VALUES (1, 50, now())`;
      await tx.$executeRaw`UPDATE settings SET updated_by_id = 'an-admin'`;
      await tx.$executeRawUnsafe(sql);
      expect(await tx.settings.count()).toBe(1);
    });
  });
});
