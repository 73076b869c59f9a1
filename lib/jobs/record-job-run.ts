import { prisma } from "@/lib/db";
import type { JobStatus } from "@/lib/generated/prisma/client";

// The operators' job view (JobRun rows), written by both engines at the start and end of every run.
export async function recordJobRun(options: {
  type: string;
  engine: "inngest" | "bullmq";
  externalId: string;
  status: JobStatus;
  attempts?: number; // unknown to Inngest's failure handler: the row keeps the count it had
  searchId?: string;
  errorMessage?: string | null;
  progress?: object;
}): Promise<void> {
  const { type, externalId, status } = options;
  const now = new Date();
  const finished = status === "succeeded" || status === "failed" || status === "cancelled";
  const searchExists = options.searchId
    ? (await prisma.search.count({ where: { id: options.searchId } })) > 0
    : false;
  await prisma.jobRun.upsert({
    where: { type_externalId: { type, externalId } },
    create: {
      type,
      engine: options.engine,
      externalId,
      status,
      attempts: options.attempts ?? 1,
      searchId: searchExists ? options.searchId : null,
      errorMessage: options.errorMessage ?? null,
      progress: options.progress ?? {},
      startedAt: now,
      finishedAt: finished ? now : null,
    },
    update: {
      status,
      ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
      errorMessage: options.errorMessage ?? null,
      ...(options.progress ? { progress: options.progress } : {}),
      ...(finished ? { finishedAt: now } : { finishedAt: null }),
    },
  });
}
