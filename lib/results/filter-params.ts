import type { ItemFilters, TimeBucket } from "@/lib/results/types";

// The result page keeps its filters in the URL (shareable, survives a reload) and sends the same filters to
// summary, items and export. One place turns them into query strings and reads them back, leniently: a value the
// browser cannot read (a hand-edited URL) is dropped here, and the API's 422 names anything else.

const LABELS = new Set(["negative", "neutral", "positive"]);
const KINDS = new Set(["post", "comment"]);

/** The filters as query parameters, in a stable order, empty values left out. */
export function toFilterParams(filters: ItemFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== "") params.set(key, String(value));
  };
  set("label", filters.label);
  set("subreddit", filters.subreddit);
  set("from", filters.from);
  set("to", filters.to);
  set("minConfidence", filters.minConfidence);
  set("maxConfidence", filters.maxConfidence);
  set("corrected", filters.corrected);
  set("kind", filters.kind);
  set("q", filters.q?.trim());
  return params;
}

/** The filters read back from a URL's query (unknown keys and unreadable values are ignored). */
export function readFilterParams(params: URLSearchParams): ItemFilters {
  const filters: ItemFilters = {};
  const label = params.get("label");
  if (label && LABELS.has(label)) filters.label = label as ItemFilters["label"];
  const subreddit = params.get("subreddit")?.trim();
  if (subreddit) filters.subreddit = subreddit;
  const from = readDate(params.get("from"));
  if (from) filters.from = from;
  const to = readDate(params.get("to"));
  if (to) filters.to = to;
  const min = readShare(params.get("minConfidence"));
  if (min !== undefined) filters.minConfidence = min;
  const max = readShare(params.get("maxConfidence"));
  if (max !== undefined) filters.maxConfidence = max;
  const corrected = params.get("corrected");
  if (corrected === "true" || corrected === "false") filters.corrected = corrected === "true";
  const kind = params.get("kind");
  if (kind && KINDS.has(kind)) filters.kind = kind as ItemFilters["kind"];
  const q = params.get("q")?.trim();
  if (q) filters.q = q;
  return filters;
}

export function readBucketParam(params: URLSearchParams): TimeBucket | undefined {
  const bucket = params.get("bucket");
  return bucket === "day" || bucket === "week" ? bucket : undefined;
}

/** The query string for an API call: the filters plus extra parameters (cursor, format, bucket...). */
export function toQueryString(filters: ItemFilters, extra: Record<string, string | number | undefined> = {}): string {
  const params = toFilterParams(filters);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function countActiveFilters(filters: ItemFilters): number {
  return [...toFilterParams(filters).keys()].length;
}

function readDate(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function readShare(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 1 ? number : undefined;
}
