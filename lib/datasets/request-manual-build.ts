import { prisma } from "@/lib/db";
import { dispatchDatasetBuildRequests } from "@/lib/datasets/dispatch-build-requests";
import { moduleLogger } from "@/lib/logger";

const log = moduleLogger("datasets");

/**
 * An admin's "build now": reserves the next version exactly like a threshold crossing does (one transaction: the
 * counter restarts at zero, the version is taken, the build request goes to the outbox), then sends its event. The
 * counter row's lock orders it against concurrent corrections, so no version is reserved twice.
 */
export async function requestManualBuild(options: { requestedById: string }): Promise<{ version: number }> {
  const version = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO dataset_counter (id, updated_at) VALUES (1, now()) ON CONFLICT DO NOTHING`;
    const [reserved] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE dataset_counter SET pending = 0, next_version = next_version + 1, updated_at = now()
       WHERE id = 1
   RETURNING next_version - 1 AS version`;
    await tx.datasetBuildRequest.create({
      data: { version: reserved!.version, trigger: "manual", requestedById: options.requestedById },
    });
    return reserved!.version;
  });
  // The request is in the outbox: if this send fails, the sweeper sends it later.
  await dispatchDatasetBuildRequests().catch((err) => log.error({ err, version }, "dataset build dispatch failed"));
  return { version };
}
