import { prisma } from "@/lib/db";
import { datasetSummarySelect, toDatasetSummary } from "@/lib/datasets/to-dataset-summary";
import type { DatasetListResponse } from "@/lib/datasets/types";
import { getSettings } from "@/lib/settings/get-settings";

/**
 * Every version, newest first, with what the next one waits for: the threshold (the Settings row, changed by admins)
 * and the answers counted since the last crossing. Versions reserved but not started yet are listed as queued, so a
 * screen can show them the moment they are reserved rather than when a worker picks them up.
 */
export async function listDatasets(): Promise<DatasetListResponse> {
  const [rows, requests, counter, settings] = await Promise.all([
    prisma.dataset.findMany({ orderBy: { version: "desc" }, select: datasetSummarySelect }),
    prisma.datasetBuildRequest.findMany({ orderBy: { version: "desc" } }),
    prisma.datasetCounter.findUnique({ where: { id: 1 }, select: { pending: true } }),
    getSettings(),
  ]);
  const started = new Set(rows.map((row) => row.version));
  return {
    datasets: rows.map(toDatasetSummary),
    queued: requests
      .filter((request) => !started.has(request.version))
      .map((request) => ({ version: request.version, trigger: request.trigger, requestedAt: request.createdAt.toISOString() })),
    threshold: settings.datasetThreshold,
    pending: counter?.pending ?? 0,
  };
}
