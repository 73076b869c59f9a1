import type { LabelName, LabelSourceName, SplitName } from "@/lib/datasets/types";

// One row of every dataset file (CSV, JSONL, Parquet), in column order.
export type DatasetRow = {
  id: string;
  text: string; // what was labelled: the title, a blank line, then the body
  title: string | null;
  subreddit: string;
  created_utc: number; // Unix seconds, as Reddit gives it
  permalink: string | null;
  label: LabelName;
  label_source: LabelSourceName;
  model_label: LabelName | null;
  model_confidence: number | null;
  annotators: number;
  agreement: number | null;
  split: SplitName;
  keywords: string[];
};

export const DATASET_COLUMNS: ReadonlyArray<keyof DatasetRow> = [
  "id", "text", "title", "subreddit", "created_utc", "permalink", "label", "label_source",
  "model_label", "model_confidence", "annotators", "agreement", "split", "keywords",
];

/** CSV has no lists: keywords are joined with " | " (a keyword never contains "|": search keywords are words). */
export const CSV_KEYWORD_SEPARATOR = " | ";
