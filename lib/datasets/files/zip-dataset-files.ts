import { ZipFile } from "yazl";
import type { DatasetDraft } from "@/lib/datasets/storage/dataset-storage";
import { createHashedOutput, type WrittenFile } from "@/lib/datasets/files/hashed-output";

// The zip of a version, streamed from the draft's own files into the draft: each entry is read when yazl reaches
// it, so one file at a time flows through. Parquet is compressed already and is stored as is; text is deflated fast.

export async function zipDatasetFiles(options: {
  draft: DatasetDraft;
  zipName: string;
  entries: Array<{ fileName: string; bytes: number }>;
  mtime: Date;
}): Promise<WrittenFile> {
  const { draft } = options;
  const zip = new ZipFile();
  for (const entry of options.entries) {
    const compressed = !entry.fileName.endsWith(".parquet");
    zip.addReadStreamLazy(
      entry.fileName,
      { size: entry.bytes, mtime: options.mtime, compressionLevel: compressed ? 1 : 0 },
      (callback) => callback(null, draft.openRead(entry.fileName)),
    );
  }
  zip.end();
  const output = createHashedOutput(draft.openWrite(options.zipName));
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) await output.write(chunk);
  return output.end();
}
