import { Readable } from "node:stream";
import { parquetReadObjects } from "hyparquet";
import yauzl from "yauzl";
import { openDatasetFile } from "@/lib/datasets/open-dataset-file";
import type { DatasetFormat } from "@/lib/datasets/types";

// Reads a version's files back the way a user would: downloaded through openDatasetFile (what the API streams),
// then parsed with independent readers (test/helpers/parse-csv, JSON.parse, hyparquet, yauzl).

export async function downloadDatasetFile(version: number, format: DatasetFormat) {
  const file = await openDatasetFile(version, format);
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.fromWeb(file.stream as import("node:stream/web").ReadableStream)) chunks.push(Buffer.from(chunk));
  return { ...file, body: Buffer.concat(chunks) };
}

export function parseJsonl(text: string): Record<string, unknown>[] {
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

export async function readParquet(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return parquetReadObjects({ file });
}

/** Every entry of a zip, by name. */
export function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, async (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}
