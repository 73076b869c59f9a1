import type { IngestSource } from "@/lib/generated/prisma/client";
import type { WaitListener } from "@/lib/reddit/http-context";

// Shared shapes of the ingestion pipeline: what a source yields and how it says why it stopped.

export type SkipReason = "deleted" | "removed" | "empty" | "malformed" | "nsfw";
export type SkipCounts = Partial<Record<SkipReason, number>>;

export type StopReason =
  | "exhausted"
  | "limit"
  | "listing-cap"
  | "comments-cut" // comment threads were cut at the expansion bound
  | "repeated-cursor"
  | "empty-page"
  | "aborted"
  | "error";

// One row of RedditItem, minus the columns PostgreSQL fills in.
export type NormalizedItem = {
  id: string;
  kind: "post" | "comment";
  subreddit: string;
  author: string | null;
  title: string | null;
  body: string;
  url: string | null;
  permalink: string | null;
  createdUtc: Date;
  score: number | null;
  numComments: number | null;
  upvoteRatio: number | null;
  isNsfw: boolean;
  isDeleted: boolean;
  isRemoved: boolean;
  isStickied: boolean;
  crosspostParent: string | null;
  parentId: string | null;
  linkId: string | null;
  normalizedText: string;
  textHash: string;
  source: IngestSource;
  raw: Record<string, unknown>;
};

// A resumable position, opaque to everyone but the source that wrote it. Stored in Search.cursor.
export type SourceCursor = Record<string, unknown>;

export type SourcePage = {
  items: NormalizedItem[];
  fetched: number; // raw items of the search seen on this page, before skipping
  scanned?: number; // dumps: lines read, most of them not about the keyword
  skipped: SkipCounts;
  cursor: SourceCursor; // where to resume after this page
  stopReason?: StopReason; // set on the last page only
  note?: string; // human explanation of the stop
};

export type RequestStats = { requests: number; rateLimitWaits: number; retries: number; waitedMs: number };

export type ItemSource = {
  name: IngestSource;
  stats: RequestStats;
  pages(options: { cursor?: SourceCursor | null; signal?: AbortSignal }): AsyncIterable<SourcePage>;
  onWait?: (listener: WaitListener) => () => void; // HTTP sources: hear about rate-limit and retry waits
};

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
