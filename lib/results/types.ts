// The analyst's result API (issue 8): what /api/searches/:id/{summary,items,export} answer. The screens and the
// routes are written against these types; change them here first.

export type SentimentLabel = "negative" | "neutral" | "positive";
export type ItemKindFilter = "post" | "comment";
export type TimeBucket = "day" | "week";

export type LabelCounts = { negative: number; neutral: number; positive: number };

/** GET /api/searches/:id/summary?from=&to=&bucket=day|week (plus the item filters, so a subreddit click narrows it). */
export type SearchSummary = {
  total: number;
  /** Model labels of the current model version, one per item. */
  labels: LabelCounts;
  /** Human verdicts (item_labels) of the search's items; answered = items with a verdict or off-topic. */
  human: LabelCounts & { offTopic: number; answered: number };
  /** Shares (0..1) corrected for the model's measured errors; null below MIN_ANSWERS_FOR_ADJUSTED answers. */
  adjusted: null | (LabelCounts & { low: LabelCounts; high: LabelCounts; answered: number });
  /** Why adjusted is null, in words (e.g. "12 answers; at least 30 are needed"). */
  adjustedNote: string | null;
  /** Raw model shares (0..1), shown when adjusted is null. */
  rawShares: LabelCounts;
  bucket: TimeBucket;
  /** ISO date of each bucket's start (UTC), ascending, no gaps inside [first, last]. */
  overTime: Array<LabelCounts & { bucket: string }>;
  /** Top subreddits by volume, descending. */
  bySubreddit: Array<LabelCounts & { subreddit: string; total: number }>;
};

export const MIN_ANSWERS_FOR_ADJUSTED = 30;

/** One row of GET /api/searches/:id/items. */
export type ResultItem = {
  id: string; // Reddit fullname
  kind: ItemKindFilter;
  subreddit: string;
  author: string | null;
  title: string | null; // posts; for comments the post's title when known
  text: string; // body (selftext or comment), entities decoded; render as text or sanitized Markdown only
  createdUtc: string; // ISO
  score: number | null;
  permalink: string | null; // absolute https://www.reddit.com/... URL
  modelLabel: SentimentLabel | null;
  modelConfidence: number | null;
  humanLabel: SentimentLabel | "off_topic" | null;
};

export type ItemsPage = { items: ResultItem[]; nextCursor: string | null };

/** The filters shared by items, export and summary (all optional). Dates are ISO dates or date-times. */
export type ItemFilters = {
  label?: SentimentLabel;
  subreddit?: string;
  from?: string;
  to?: string;
  minConfidence?: number;
  maxConfidence?: number;
  corrected?: boolean;
  kind?: ItemKindFilter;
  q?: string;
};
