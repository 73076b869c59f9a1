import { prisma } from "@/lib/db";
import type { DatasetProgress } from "@/lib/datasets/types";

/** Where a running build is, for the /datasets page (written outside the build's own transactions, so it shows). */
export async function setDatasetProgress(options: { version: number; progress: DatasetProgress }): Promise<void> {
  await prisma.dataset.updateMany({ where: { version: options.version, status: "building" }, data: { progress: options.progress } });
}
