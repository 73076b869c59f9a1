import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { datasetSummarySelect, readStats, toDatasetSummary } from "@/lib/datasets/to-dataset-summary";
import type { DatasetDetail } from "@/lib/datasets/types";

/** One version with its full statistics, its build parameters and its dataset card (Markdown); 404 when unknown. */
export async function getDataset({ version }: { version: number }): Promise<DatasetDetail> {
  const row = await prisma.dataset.findUnique({
    where: { version },
    select: { ...datasetSummarySelect, card: true, params: true },
  });
  if (!row) throw notFound(`Dataset version ${version}`);
  return { ...toDatasetSummary(row), stats: readStats(row.stats), card: row.card, params: row.params };
}
