import { stringify } from "csv-stringify/sync";
import { prisma } from "@/lib/db";
import { SPLITS } from "@/lib/datasets/assign-splits";
import { datasetFileName, splitFileName } from "@/lib/datasets/dataset-file-names";
import { CSV_KEYWORD_SEPARATOR, DATASET_COLUMNS, type DatasetRow } from "@/lib/datasets/files/dataset-row";
import { createHashedOutput, type HashedOutput, type WrittenFile } from "@/lib/datasets/files/hashed-output";
import { createParquetOutput } from "@/lib/datasets/files/parquet-output";
import { PAGE_SIZE, readDatasetRows } from "@/lib/datasets/files/read-dataset-rows";
import { readAhead } from "@/lib/ingest/read-ahead";
import { renderDatasetCard, type CardInput } from "@/lib/datasets/files/render-dataset-card";
import { createTextChunker, type TextChunker } from "@/lib/datasets/files/text-chunker";
import { zipDatasetFiles } from "@/lib/datasets/files/zip-dataset-files";
import { withTightHeap } from "@/lib/memory/with-tight-heap";
import { markDatasetReady } from "@/lib/datasets/finish-dataset";
import { setDatasetProgress } from "@/lib/datasets/set-dataset-progress";
import type { DatasetDraft, DatasetStorage } from "@/lib/datasets/storage/dataset-storage";
import type { DatasetFile, DatasetStats, SplitName } from "@/lib/datasets/types";

// A version's files, from its dataset_items rows in one streaming pass: CSV, JSONL and Parquet of every row, the
// JSONL lines again in one file per split (what the card's configs name; the lines are encoded once), then the card
// and the zip. Everything goes into a
// draft that is published only when complete, and only then is the version marked ready; a failed attempt's draft is
// thrown away, and a crashed one's is cleaned up by the next attempt.

type Output = { fileName: string; written: WrittenFile };
const PROGRESS_EVERY = 10_000; // rows between progress updates
const CSV_ROWS_PER_CALL = 100; // a few dozen KB of CSV per stringify call: small strings (see text-chunker.ts)

export async function writeDatasetFiles(options: { version: number; storage: DatasetStorage }): Promise<DatasetFile[]> {
  const { version, storage } = options;
  const dataset = await prisma.dataset.findUniqueOrThrow({ where: { version } });
  if (dataset.status !== "building") return dataset.files as DatasetFile[];
  const draft = await storage.startDraft(version);
  try {
    const data = await withTightHeap(() => writeDataFiles({ draft, version, datasetId: dataset.id, total: dataset.itemCount }));
    const sources = await prisma.$queryRaw<{ source: string; count: number }[]>`
      SELECT ri.source::text AS source, count(*)::int AS count FROM dataset_items di JOIN reddit_items ri ON ri.id = di.item_id
       WHERE di.dataset_id = ${dataset.id} GROUP BY 1 ORDER BY 2 DESC`;
    const params = dataset.params as CardInput["params"] & { threshold: number };
    const card = renderDatasetCard({
      version,
      trigger: dataset.trigger,
      createdAt: dataset.createdAt,
      itemCount: dataset.itemCount,
      stats: dataset.stats as DatasetStats,
      params,
      sources,
      threshold: params.threshold,
      files: data.map(({ fileName, written }) => ({ fileName, ...written })),
    });
    const cardOutput = createHashedOutput(draft.openWrite(datasetFileName(version, "card")));
    await cardOutput.write(card);
    const cardFile = { fileName: datasetFileName(version, "card"), written: await cardOutput.end() };

    await setDatasetProgress({ version, progress: { phase: "zip", done: 0, total: data.length + 1 } });
    // The zip is laid out as a Hugging Face dataset repository: the card, the per-split JSONL files it configures
    // (together they are the JSONL file, which is not packed twice), the CSV and the Parquet file.
    const entries = [cardFile, ...data]
      .filter(({ fileName }) => fileName !== datasetFileName(version, "jsonl"))
      .map(({ fileName, written }) => ({ fileName, bytes: written.bytes }));
    const zipName = datasetFileName(version, "zip");
    const zipFile = { fileName: zipName, written: await zipDatasetFiles({ draft, zipName, entries, mtime: dataset.createdAt }) };

    await draft.publish();
    const byName = new Map([cardFile, zipFile, ...data].map((output) => [output.fileName, output.written]));
    const files: DatasetFile[] = (["csv", "jsonl", "parquet", "card", "zip"] as const).map((format) => {
      const fileName = datasetFileName(version, format);
      return { format, fileName, ...byName.get(fileName)! };
    });
    await markDatasetReady({ version, files, card, itemCount: dataset.itemCount });
    return files;
  } catch (error) {
    await draft.discard().catch(() => undefined); // best effort: the next attempt removes leftovers anyway
    throw error;
  }
}

const csvRecord = (row: DatasetRow) => ({ ...row, keywords: row.keywords.join(CSV_KEYWORD_SEPARATOR) });

async function writeDataFiles(options: { draft: DatasetDraft; version: number; datasetId: string; total: number }): Promise<Output[]> {
  const { draft, version } = options;
  const outputs = new Map<string, HashedOutput>();
  const open = (fileName: string) => {
    const output = createHashedOutput(draft.openWrite(fileName));
    outputs.set(fileName, output);
    return output;
  };
  const csv = createTextChunker(open(datasetFileName(version, "csv")));
  const jsonl = createTextChunker(open(datasetFileName(version, "jsonl")));
  const parquet = createParquetOutput(open(datasetFileName(version, "parquet")));
  const perSplit = Object.fromEntries(
    SPLITS.map((split) => [split, createTextChunker(open(splitFileName(split)))]),
  ) as Record<SplitName, TextChunker>;

  await csv.add(stringify([], { header: true, columns: [...DATASET_COLUMNS] }));
  let done = 0;
  let reported = 0;
  // The next page is read while this one is written: PostgreSQL and Node each keep one core busy.
  const pages = readAhead({ pages: readDatasetRows({ datasetId: options.datasetId }), isLast: (page) => page.length < PAGE_SIZE });
  for await (const page of pages) {
    for (let start = 0; start < page.length; start += CSV_ROWS_PER_CALL) {
      await csv.add(stringify(page.slice(start, start + CSV_ROWS_PER_CALL).map(csvRecord), { columns: [...DATASET_COLUMNS] }));
    }
    for (const row of page) {
      const line = JSON.stringify(row) + "\n"; // encoded once, written to the JSONL file and to its split's file
      await jsonl.add(line);
      await perSplit[row.split].add(line);
    }
    await parquet.add(page);
    done += page.length;
    if (done - reported >= PROGRESS_EVERY) {
      reported = done;
      await setDatasetProgress({ version, progress: { phase: "files", done, total: options.total } });
    }
  }
  for (const chunker of [csv, jsonl, ...Object.values(perSplit)]) await chunker.flush();
  await parquet.finish();
  return Promise.all([...outputs].map(async ([fileName, output]) => ({ fileName, written: await output.end() })));
}
