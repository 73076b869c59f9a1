import type { DatasetFormat } from "@/lib/datasets/types";

// The stored name and the content type of each downloadable format of a version. The card is the README.md the
// Hugging Face hub reads; the per-split JSONL files under data/ (in the zip) are what the card's `configs` point at.

export const CONTENT_TYPES: Record<DatasetFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
  parquet: "application/vnd.apache.parquet",
  card: "text/markdown; charset=utf-8",
  zip: "application/zip",
};

export function datasetFileName(version: number, format: DatasetFormat): string {
  if (format === "card") return "README.md";
  return `postmood-v${version}.${format}`;
}

export function splitFileName(split: string): string {
  return `data/${split}.jsonl`;
}
