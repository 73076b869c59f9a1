import { prisma } from "@/lib/db";
import type { DatasetFile } from "@/lib/datasets/types";

// The last write of a build: only now does the version become visible as ready (its files are published already).
// Conditional on "building", so a late duplicate run can neither reopen nor overwrite a finished version.

export async function markDatasetReady(options: { version: number; files: DatasetFile[]; card: string; itemCount: number }) {
  await prisma.dataset.updateMany({
    where: { version: options.version, status: "building" },
    data: {
      status: "ready",
      files: options.files,
      card: options.card,
      finishedAt: new Date(),
      errorMessage: null,
      progress: { phase: "done", done: options.itemCount, total: options.itemCount },
    },
  });
}

/** Retries are exhausted (or the failure is permanent): the version stays without files, with the reason. */
export async function markDatasetFailed(options: { version: number; message: string }) {
  await prisma.dataset.updateMany({
    where: { version: options.version, status: "building" },
    data: { status: "failed", errorMessage: options.message.slice(0, 2000), finishedAt: new Date() },
  });
}
