import type { Prisma } from "@/lib/generated/prisma/client";
import type { DatasetFile, DatasetProgress, DatasetStats, DatasetSummary } from "@/lib/datasets/types";

// One Dataset row as the API shows it. The list and the detail read the same columns through this, so a version looks
// the same in both; the card and the full stats are read by the detail only (they are the heavy part).

export const datasetSummarySelect = {
  version: true,
  status: true,
  trigger: true,
  itemCount: true,
  trainCount: true,
  validationCount: true,
  testCount: true,
  labelCounts: true,
  progress: true,
  stats: true,
  files: true,
  errorMessage: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.DatasetSelect;

type SummaryRow = Prisma.DatasetGetPayload<{ select: typeof datasetSummarySelect }>;

export function toDatasetSummary(row: SummaryRow): DatasetSummary {
  const stats = readStats(row.stats);
  return {
    version: row.version,
    status: row.status,
    trigger: row.trigger,
    itemCount: row.itemCount,
    trainCount: row.trainCount,
    validationCount: row.validationCount,
    testCount: row.testCount,
    labelCounts: (row.labelCounts ?? {}) as DatasetSummary["labelCounts"],
    progress: row.status === "building" ? readProgress(row.progress) : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    errorMessage: row.errorMessage,
    files: row.status === "ready" ? readFiles(row.files) : [],
    diff: stats?.diff ?? null,
  };
}

/** Dataset.stats once the build filled it (it starts as {}). */
export function readStats(value: Prisma.JsonValue): DatasetStats | null {
  return isObject(value) && "perSplit" in value ? (value as unknown as DatasetStats) : null;
}

function readProgress(value: Prisma.JsonValue): DatasetProgress | null {
  return isObject(value) && typeof value.phase === "string" ? (value as unknown as DatasetProgress) : null;
}

function readFiles(value: Prisma.JsonValue): DatasetFile[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown as DatasetFile[]).map(({ format, fileName, bytes, sha256 }) => ({ format, fileName, bytes, sha256 }));
}

function isObject(value: Prisma.JsonValue): value is Prisma.JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
