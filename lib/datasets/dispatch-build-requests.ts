import { prisma } from "@/lib/db";
import { sendEvents } from "@/lib/jobs/send-events";

/**
 * Sends the event of every build request in the outbox whose event has not been sent yet, then marks them sent.
 * Call it after the transaction that reserved a version commits. Sending twice is harmless: the event id is the
 * version, which both engines deduplicate, and the build itself is idempotent on the version.
 */
export async function dispatchDatasetBuildRequests(): Promise<number[]> {
  const pending = await prisma.datasetBuildRequest.findMany({ where: { sentAt: null }, orderBy: { version: "asc" } });
  if (pending.length === 0) return [];
  await sendEvents(
    pending.map((request) => ({
      id: `dataset-build-${request.version}`,
      name: "datasets/threshold.reached" as const,
      data: { version: request.version, trigger: request.trigger },
    })),
  );
  const versions = pending.map((request) => request.version);
  await prisma.datasetBuildRequest.updateMany({ where: { version: { in: versions } }, data: { sentAt: new Date() } });
  return versions;
}
