import { prisma } from "@/lib/db";
import type { DatasetBuildRequestedData } from "@/inngest/events";

export type ClaimedVersion = { datasetId: string; status: "building" | "ready" | "failed" };

/**
 * The build's first step: the version's Dataset row, created once. Dataset.version is unique, so however often the
 * event is delivered there is one row per version; a delivery that finds it ready does nothing (versions are
 * immutable), one that finds it building carries on where a crashed attempt stopped.
 */
export async function claimDatasetVersion(options: DatasetBuildRequestedData): Promise<ClaimedVersion> {
  const { version, trigger } = options;
  const request = await prisma.datasetBuildRequest.findUnique({ where: { version }, select: { requestedById: true } });
  await prisma.dataset.createMany({
    data: [{ version, trigger, status: "building", watermark: 0, createdById: request?.requestedById ?? null }],
    skipDuplicates: true, // ON CONFLICT DO NOTHING: a redelivered event finds the row of the first
  });
  const dataset = await prisma.dataset.findUniqueOrThrow({ where: { version }, select: { id: true, status: true } });
  return { datasetId: dataset.id, status: dataset.status };
}
