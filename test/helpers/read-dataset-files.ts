import { Readable } from "node:stream";
import { openDatasetFile } from "@/lib/datasets/open-dataset-file";
import type { DatasetFormat } from "@/lib/datasets/types";

// Reads a version's files back the way a user would: downloaded through openDatasetFile (what the API streams),
// then parsed with independent readers (test/helpers/parse-csv and test/helpers/parse-dataset-files).

export async function downloadDatasetFile(version: number, format: DatasetFormat) {
  const file = await openDatasetFile(version, format);
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.fromWeb(file.stream as import("node:stream/web").ReadableStream)) chunks.push(Buffer.from(chunk));
  return { ...file, body: Buffer.concat(chunks) };
}

export { parseJsonl, readParquet, unzip } from "@/test/helpers/parse-dataset-files";
