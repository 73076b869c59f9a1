import { prisma } from "@/lib/db";
import type { CurrentModel } from "@/lib/annotation/get-current-model";
import { resultItemsFromSql } from "@/lib/results/item-filter-sql";
import type { LabelCounts, SentimentLabel } from "@/lib/results/types";
import type { ItemFilter } from "@/lib/schemas/results";

// The model side of a (filtered) search's summary, from one pass over its hits: GROUPING SETS count the model labels
// overall, per day and per subreddit together, so the charts come from one snapshot and always add up. Plain JSON
// (days as ISO strings), so it can be cached as it is.

export type ModelLabelCounts = {
  total: number; // items, with or without a prediction of the current model
  labels: LabelCounts;
  days: Array<LabelCounts & { day: string }>;
  subreddits: Array<LabelCounts & { subreddit: string; total: number }>;
};

// GROUPING(subreddit, day) tells the sets apart: 3 = (model), 2 = (day, model), 1 = (subreddit, model).
const BY_MODEL = 3;
const BY_DAY = 2;

type Row = { grouping_set: number; model: SentimentLabel | null; subreddit: string | null; day: Date | null; n: number };

export async function countModelLabels(options: { searchId: string; model: CurrentModel | null; filter: ItemFilter }): Promise<ModelLabelCounts> {
  // Enough memory to hash all three grouping sets: with the default 4 MB PostgreSQL sorts 100k rows on disk for one.
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL work_mem = '16MB'`,
    prisma.$queryRaw<Row[]>`
      SELECT GROUPING(f.subreddit, f.day)::int AS grouping_set, f.model::text AS model, f.subreddit, f.day, count(*)::int AS n
        FROM (SELECT p.label AS model, h.item_subreddit AS subreddit, date_trunc('day', h.item_created_utc) AS day
              ${resultItemsFromSql({ ...options, withItems: false })}) f
       GROUP BY GROUPING SETS ((f.model), (f.day, f.model), (f.subreddit, f.model))`,
  ]);
  const counts: ModelLabelCounts = { total: 0, labels: zeroCounts(), days: [], subreddits: [] };
  const days = new Map<string, LabelCounts & { day: string }>();
  const subreddits = new Map<string, LabelCounts & { subreddit: string; total: number }>();
  for (const row of rows) {
    if (row.grouping_set === BY_MODEL) {
      counts.total += row.n;
      if (row.model) counts.labels[row.model] += row.n;
    } else if (row.grouping_set === BY_DAY) {
      const day = row.day!.toISOString();
      const entry = days.get(day) ?? { day, ...zeroCounts() };
      if (row.model) entry[row.model] += row.n;
      days.set(day, entry);
    } else {
      const entry = subreddits.get(row.subreddit!) ?? { subreddit: row.subreddit!, total: 0, ...zeroCounts() };
      entry.total += row.n;
      if (row.model) entry[row.model] += row.n;
      subreddits.set(row.subreddit!, entry);
    }
  }
  return { ...counts, days: [...days.values()], subreddits: [...subreddits.values()] };
}

export function zeroCounts(): LabelCounts {
  return { negative: 0, neutral: 0, positive: 0 };
}
