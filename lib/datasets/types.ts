// The datasets capability (issue 10): what the builder stores and what /api/datasets answers. The builder
// (lib/datasets/**, the build-dataset workflow) and the screens/routes are written against these; change them here first.

export const DATASET_FORMATS = ["csv", "jsonl", "parquet", "card", "zip"] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export type SplitName = "train" | "validation" | "test";
export type LabelName = "negative" | "neutral" | "positive";
export type LabelSourceName = "single" | "majority" | "settled" | "silver";

/** One stored file of a version (Dataset.files). */
export type DatasetFile = { format: DatasetFormat; fileName: string; bytes: number; sha256: string };

/** Dataset.progress while building. */
export type DatasetProgress = { phase: "snapshot" | "split" | "files" | "zip" | "done"; done: number; total: number };

/** Dataset.stats once ready. */
export type DatasetStats = {
  perSplit: Record<SplitName, Record<LabelName, number>>;
  ties: number;
  offTopic: number;
  silver: number;
  heldOut: number; // new items that would join groups already placed in different splits: left out to avoid a leak
  annotators: number;
  agreement: number | null; // Krippendorff's alpha over the version's multiply-answered items, null when none
  keywords: string[];
  subreddits: Array<{ subreddit: string; count: number }>;
  timeRange: { from: string; to: string } | null;
  modelVersion: string | null;
  diff: { added: number; changed: number; removed: number; previousVersion: number | null };
};

/** GET /api/datasets → { datasets: DatasetSummary[], threshold, pending } */
export type DatasetSummary = {
  version: number;
  status: "building" | "ready" | "failed";
  trigger: "threshold" | "manual";
  itemCount: number;
  trainCount: number;
  validationCount: number;
  testCount: number;
  labelCounts: Partial<Record<LabelName, number>>;
  progress: DatasetProgress | null;
  createdAt: string;
  finishedAt: string | null;
  errorMessage: string | null;
  files: DatasetFile[];
  diff: DatasetStats["diff"] | null; // what changed since the previous version; null until the build is done
};

/** GET /api/datasets/:version */
export type DatasetDetail = DatasetSummary & { stats: DatasetStats | null; card: string | null; params: unknown };

/** A reserved version whose build has not started yet (its build request is in the outbox, no Dataset row yet). */
export type QueuedDatasetBuild = { version: number; trigger: "threshold" | "manual"; requestedAt: string };

export type DatasetListResponse = { datasets: DatasetSummary[]; queued: QueuedDatasetBuild[]; threshold: number; pending: number };

/** POST /api/datasets → 202 */
export type StartDatasetBuildResponse = { version: number };
