import { z } from "zod";
import { emptyAsUndefined, optionalParam, sentimentSchema } from "@/lib/annotation/types";
import { decodeItemsCursor } from "@/lib/results/items-cursor";

// Query parameters of GET /api/searches/:id/{summary,items,export} (the filters are ItemFilters in
// lib/results/types.ts). Dates become an inclusive lower bound and an exclusive upper bound, so "to=2026-01-31"
// keeps the whole of that day and a date-time keeps that very millisecond.

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const dateParam = z
  .string()
  .trim()
  .refine((value) => (DATE_ONLY.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success) && !Number.isNaN(Date.parse(value)), {
    message: "Use an ISO date (2026-01-31) or date-time (2026-01-31T12:00:00Z).",
  });

const confidenceParam = z.coerce.number("Use a number between 0 and 1.").min(0, "Use a number between 0 and 1.").max(1, "Use a number between 0 and 1.");

const booleanParam = z.enum(["true", "false"], "Use true or false.").transform((value) => value === "true");

const itemFilterFields = {
  label: optionalParam(sentimentSchema), // the model's label
  subreddit: optionalParam(
    z.string().trim().transform((name) => name.replace(/^\/?r\//i, "")).pipe(z.string().min(1).max(50)),
  ), // "r/rust" means "rust"
  from: optionalParam(dateParam),
  to: optionalParam(dateParam),
  minConfidence: optionalParam(confidenceParam),
  maxConfidence: optionalParam(confidenceParam),
  corrected: optionalParam(booleanParam), // true: a human verdict (a label or off-topic) exists
  kind: optionalParam(z.enum(["post", "comment"], "Use post or comment.")),
  q: optionalParam(z.string().trim().min(1).max(200, "Use at most 200 characters.")),
};

type RawFilters = { from?: string; to?: string; minConfidence?: number; maxConfidence?: number };

/** Cross-field checks, each naming the field to fix. */
function checkRanges(filters: RawFilters, ctx: z.RefinementCtx) {
  if (filters.from && filters.to && toBounds(filters).from! >= toBounds(filters).before!) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "Must be after from." });
  }
  if (filters.minConfidence !== undefined && filters.maxConfidence !== undefined && filters.minConfidence > filters.maxConfidence) {
    ctx.addIssue({ code: "custom", path: ["maxConfidence"], message: "Must be at least minConfidence." });
  }
}

function toBounds(filters: RawFilters): { from?: Date; before?: Date } {
  const before = filters.to
    ? new Date(Date.parse(filters.to) + (DATE_ONLY.test(filters.to) ? DAY_MS : 1))
    : undefined;
  return { from: filters.from ? new Date(filters.from) : undefined, before };
}

/** The filters as the queries use them: from inclusive, before exclusive. */
function toItemFilter<T extends RawFilters>({ from, to, ...rest }: T) {
  return { ...rest, ...toBounds({ from, to }) };
}

export const itemFiltersSchema = z.object(itemFilterFields).superRefine(checkRanges).transform(toItemFilter);
export type ItemFilter = z.output<typeof itemFiltersSchema>;

export const ITEMS_MAX_LIMIT = 200;

export const itemsQuerySchema = z
  .object({
    ...itemFilterFields,
    cursor: optionalParam(
      z.string().transform((value, ctx) => {
        const cursor = decodeItemsCursor(value);
        if (!cursor) ctx.addIssue({ code: "custom", message: "Not a cursor from this API; start again without it." });
        return cursor ?? z.NEVER;
      }),
    ),
    limit: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(ITEMS_MAX_LIMIT).default(50)),
  })
  .superRefine(checkRanges)
  .transform(toItemFilter);
export type ItemsQuery = z.output<typeof itemsQuerySchema>;

export const summaryQuerySchema = z
  .object({ ...itemFilterFields, bucket: optionalParam(z.enum(["day", "week"], "Use day or week.")) })
  .superRefine(checkRanges)
  .transform(toItemFilter);
export type SummaryQuery = z.output<typeof summaryQuerySchema>;

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export const exportQuerySchema = z
  .object({ ...itemFilterFields, format: z.preprocess(emptyAsUndefined, z.enum(EXPORT_FORMATS, "Use csv or jsonl.").default("csv")) })
  .superRefine(checkRanges)
  .transform(toItemFilter);
export type ExportQuery = z.output<typeof exportQuerySchema>;
