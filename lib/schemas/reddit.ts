import { z } from "zod";

// Reddit, Arctic Shift and dump items validated leniently: real data has string timestamps, null scores, missing
// authors and ever-changing extra keys. Unknown keys are kept (looseObject) so `raw` stays faithful.

// "1716998400.0" and 1716998400 both occur; anything else is malformed.
const epochSeconds = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number),
]);
// Counts arrive as numbers, as numeric strings ("12") from some mirrors, or null; anything else is unknown.
const optionalNumber = z
  .union([z.number().finite(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)])
  .nullish()
  .catch(null);
const optionalString = z.string().nullish().catch(null);
const optionalBool = z.boolean().nullish().catch(null);

export const rawItemSchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9]+$/i),
  name: optionalString,
  subreddit: z.string().min(1),
  author: optionalString,
  title: optionalString,
  selftext: optionalString,
  body: optionalString,
  url: optionalString,
  permalink: optionalString,
  created_utc: epochSeconds,
  score: optionalNumber,
  num_comments: optionalNumber,
  upvote_ratio: optionalNumber,
  over_18: optionalBool,
  stickied: optionalBool,
  removed_by_category: optionalString,
  crosspost_parent: optionalString,
  parent_id: optionalString,
  link_id: optionalString,
  _meta: z
    .looseObject({ removal_type: optionalString, was_deleted_later: optionalBool })
    .nullish()
    .catch(null),
});
export type RawItem = z.infer<typeof rawItemSchema>;

// A Listing child: `{ kind: "t3" | "t1" | "more", data: {...} }`.
export const thingSchema = z.looseObject({ kind: z.string(), data: z.looseObject({}) });
// Children are checked one by one (thingSchema): one broken child must not cost the page its good ones.
export const listingSchema = z.looseObject({
  kind: z.literal("Listing"),
  data: z.looseObject({ after: z.string().nullish(), children: z.array(z.unknown()) }),
});
export type Listing = z.infer<typeof listingSchema>;

export const moreStubSchema = z.looseObject({
  count: z.number(),
  name: z.string(),
  id: z.string(),
  parent_id: z.string(),
  depth: z.number().optional(),
  children: z.array(z.string()),
});
export type MoreStub = z.infer<typeof moreStubSchema>;

export const moreChildrenResponseSchema = z.looseObject({
  json: z.looseObject({
    errors: z.array(z.unknown()).optional(),
    data: z.looseObject({ things: z.array(thingSchema) }).optional(),
  }),
});

// Token errors arrive as HTTP 200 with `{ "error": "invalid_grant" }`.
export const tokenResponseSchema = z.union([
  z.looseObject({ access_token: z.string().min(1), expires_in: z.coerce.number().positive(), token_type: z.string() }),
  z.looseObject({ error: z.string() }),
]);

// `{ data: [...] }`, or `{ error: "..." }` (with or without data) when it gave up on a query. A row that is not an
// object becomes {} and is counted malformed, instead of failing the whole page.
export const arcticShiftResponseSchema = z.looseObject({
  data: z.array(z.looseObject({}).catch({})).nullish(),
  error: z.string().nullish(),
});

// 403/404 bodies: `{"reason":"private","message":"Forbidden","error":403}`.
export const errorBodySchema = z.looseObject({ reason: z.string().optional(), message: z.string().optional() });

// A date the way people type it ("2026-01-01", or with a time). z.coerce.date() turns "2026-13-45" into an Invalid
// Date and reports "expected date, received Date"; this says what is expected instead.
export const dateStringSchema = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be a date like 2026-01-01 or 2026-01-01T12:00:00Z")
  .transform((v) => new Date(v));

const storedDate = z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v), dateStringSchema);

// Search.options for ingestion, read leniently so other writers' extra keys don't break ingestion.
export const ingestOptionsSchema = z.looseObject({
  subreddits: z.array(z.string().regex(/^[A-Za-z0-9_]{2,21}$/)).default([]),
  sort: z.enum(["relevance", "hot", "top", "new", "comments"]).default("new"),
  time: z.enum(["hour", "day", "week", "month", "year", "all"]).default("all"),
  limit: z.number().int().positive().nullish(),
  includeComments: z.boolean().default(false),
  includeNsfw: z.boolean().default(false),
  file: z.string().nullish(),
  after: storedDate.nullish(),
  before: storedDate.nullish(),
  maxCommentRequests: z.number().int().min(0).nullish(), // unset: REDDIT_MAX_COMMENT_REQUESTS
}).refine((o) => !o.after || !o.before || o.after < o.before, { message: "after must be earlier than before", path: ["after"] });
export type IngestOptions = z.infer<typeof ingestOptionsSchema>;
