import { readFile } from "node:fs/promises";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import yauzl from "yauzl";

// Readers for the downloaded files, each through a real parser of its format: the dataset is only as good as what a
// data scientist's tools make of it.

export type DatasetRow = Record<string, unknown> & { id: string; label: string; split: string };

/** RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes) into objects keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") record.push(field), (field = "");
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      record.push(field), records.push(record), (record = []), (field = "");
    } else field += char;
  }
  if (field !== "" || record.length > 0) record.push(field), records.push(record);
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header!.map((name, column) => [name, row[column] ?? ""])));
}

export async function readCsv(file: string) {
  return parseCsv((await readFile(file, "utf8")).replace(/^\uFEFF/, ""));
}

export async function readJsonl(file: string): Promise<DatasetRow[]> {
  const lines = (await readFile(file, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.map((line) => JSON.parse(line) as DatasetRow);
}

export async function readParquet(file: string): Promise<DatasetRow[]> {
  return (await parquetReadObjects({ file: await asyncBufferFromFile(file) })) as DatasetRow[];
}

/** Every entry of a zip with its uncompressed bytes. */
export function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on("error", reject);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("error", reject);
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
