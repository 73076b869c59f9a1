import { z } from "zod";

// POST /api/searches. Field names and defaults match what ingestion reads from Search.options
// (lib/schemas/reddit.ts ingestOptionsSchema), so the body is stored as it is validated.

const SUBREDDIT = /^[A-Za-z0-9_]{2,21}$/;

export const createSearchBodySchema = z.object({
  keyword: z
    .string("Enter a keyword.")
    .trim()
    .min(2, "Use at least 2 characters.")
    .max(200, "Use at most 200 characters.")
    .refine((k) => !/^(https?:\/\/|www\.)/i.test(k), "Search for words, not a URL."),
  subreddits: z
    .array(
      z.preprocess(
        (v) => (typeof v === "string" ? v.trim().replace(/^\/?r\//i, "") : v), // "r/rust" and "/r/rust" mean "rust"
        z.string().regex(SUBREDDIT, "Not a subreddit name."),
      ),
    )
    .max(10, "At most 10 subreddits.")
    .default([]),
  sort: z.enum(["relevance", "hot", "top", "new", "comments"]).default("new"),
  time: z.enum(["hour", "day", "week", "month", "year", "all"]).default("all"),
  limit: z.number().int().min(1).max(10_000).default(500),
  source: z.enum(["reddit", "arctic-shift"]).default("reddit"),
  includeComments: z.boolean().default(false),
  includeNsfw: z.boolean().default(false),
});
export type CreateSearchBody = z.infer<typeof createSearchBodySchema>;

export const listSearchesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(["queued", "ingesting", "classifying", "done", "failed", "cancelled"]).optional(),
});
export type ListSearchesQuery = z.infer<typeof listSearchesQuerySchema>;

export const SEARCH_ACTIVE_STATUSES = ["queued", "ingesting", "classifying"] as const;
