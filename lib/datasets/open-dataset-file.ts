import { Readable } from "node:stream";
import { AppError, notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { CONTENT_TYPES } from "@/lib/datasets/dataset-file-names";
import { getDatasetStorage } from "@/lib/datasets/storage/get-dataset-storage";
import type { DatasetFile, DatasetFormat } from "@/lib/datasets/types";

export type OpenedDatasetFile = {
  stream: ReadableStream<Uint8Array>;
  bytes: number;
  sha256: string; // also the ETag: a version's files never change
  fileName: string; // the name to download it under
  contentType: string;
};

/**
 * Opens one file of a ready version for download, streaming from the store. An unknown version is a 404; a version
 * still building has no files yet (409: try again when it is ready); a failed one never will (404).
 */
export async function openDatasetFile(version: number, format: DatasetFormat): Promise<OpenedDatasetFile> {
  const dataset = await prisma.dataset.findUnique({ where: { version }, select: { status: true, files: true } });
  if (!dataset) throw notFound(`Dataset version ${version}`);
  if (dataset.status === "building") {
    throw new AppError(409, "conflict", `Dataset version ${version} is still building; its files can be downloaded when it is ready.`);
  }
  if (dataset.status === "failed") {
    throw new AppError(404, "not_found", `Dataset version ${version} failed to build and has no files.`);
  }
  const file = (dataset.files as DatasetFile[]).find((stored) => stored.format === format);
  if (!file) throw notFound(`The ${format} file of dataset version ${version}`);
  const stream = await getDatasetStorage().openRead(version, file.fileName);
  return {
    stream: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
    bytes: file.bytes,
    sha256: file.sha256,
    fileName: format === "card" ? `postmood-v${version}-README.md` : file.fileName,
    contentType: CONTENT_TYPES[format],
  };
}
