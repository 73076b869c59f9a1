import { prisma } from "@/lib/db";
import { SENTIMENTS } from "@/lib/annotation/types";
import type { CurrentModel } from "@/lib/annotation/get-current-model";
import { emptyConfusion, estimateAdjustedShares } from "@/lib/results/adjusted-shares";
import { bucketOverTime, chooseBucket, type DailyCounts } from "@/lib/results/bucket-over-time";
import { resultItemsFromSql } from "@/lib/results/item-filter-sql";
import type { LabelCounts, SearchSummary, SentimentLabel, TimeBucket } from "@/lib/results/types";
import type { ItemFilter } from "@/lib/schemas/results";

// The result page's numbers for a (filtered) search, from one pass over its items: GROUPING SETS count the
// (model label × human verdict) pairs, the model labels per day and per subreddit together, so the counts of every
// chart come from the same snapshot and always add up.

const TOP_SUBREDDITS = 20;

// GROUPING(subreddit, day) tells the sets apart: 3 = (model, verdict), 2 = (day, model), 1 = (subreddit, model).
const BY_MODEL_AND_HUMAN = 3;
const BY_DAY = 2;

type Row = {
  grouping_set: number;
  model: SentimentLabel | null;
  human: SentimentLabel | null;
  off_topic: boolean | null;
  subreddit: string | null;
  day: Date | null;
  n: number;
};

export async function getSearchSummary(options: {
  searchId: string;
  model: CurrentModel | null;
  filter: ItemFilter;
  bucket?: TimeBucket;
}): Promise<SearchSummary> {
  // Enough memory to hash all three grouping sets: with the default 4 MB PostgreSQL sorts 100k rows on disk for one.
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL work_mem = '16MB'`,
    prisma.$queryRaw<Row[]>`
      SELECT GROUPING(f.subreddit, f.day)::int AS grouping_set, f.model::text AS model, f.human::text AS human, f.off_topic,
             f.subreddit, f.day, count(*)::int AS n
        FROM (SELECT p.label AS model, il.label AS human, il.off_topic, h.item_subreddit AS subreddit,
                     date_trunc('day', h.item_created_utc) AS day
              ${resultItemsFromSql({ ...options, withItems: false })}) f
       GROUP BY GROUPING SETS ((f.model, f.human, f.off_topic), (f.day, f.model), (f.subreddit, f.model))`,
  ]);

  const labels = zeroCounts();
  const human = { ...zeroCounts(), offTopic: 0, answered: 0 };
  const confusion = emptyConfusion();
  const days = new Map<number, DailyCounts>();
  const subreddits = new Map<string, LabelCounts & { subreddit: string; total: number }>();
  let total = 0;
  for (const row of rows) {
    if (row.grouping_set === BY_MODEL_AND_HUMAN) {
      total += row.n;
      if (row.model) labels[row.model] += row.n;
      // The verdict as the API shows it (HUMAN_LABEL_SQL): a label wins, else off-topic, else none (unanswered, tie).
      if (row.human) human[row.human] += row.n;
      else if (row.off_topic) human.offTopic += row.n;
      if (row.human || row.off_topic) human.answered += row.n;
      if (row.model && row.human) confusion[row.human][row.model] += row.n;
    } else if (row.grouping_set === BY_DAY) {
      const day = days.get(row.day!.getTime()) ?? { day: row.day!, ...zeroCounts() };
      if (row.model) day[row.model] += row.n;
      days.set(row.day!.getTime(), day);
    } else {
      const entry = subreddits.get(row.subreddit!) ?? { subreddit: row.subreddit!, total: 0, ...zeroCounts() };
      entry.total += row.n;
      if (row.model) entry[row.model] += row.n;
      subreddits.set(row.subreddit!, entry);
    }
  }

  const bucket = options.bucket ?? chooseBucket([...days.values()]);
  const { adjusted, note } = estimateAdjustedShares({ modelCounts: labels, confusion });
  return {
    total,
    labels,
    human,
    adjusted,
    adjustedNote: note,
    rawShares: toShares(labels),
    bucket,
    overTime: bucketOverTime([...days.values()], bucket),
    bySubreddit: [...subreddits.values()]
      .sort((a, b) => b.total - a.total || a.subreddit.localeCompare(b.subreddit))
      .slice(0, TOP_SUBREDDITS),
  };
}

function zeroCounts(): LabelCounts {
  return { negative: 0, neutral: 0, positive: 0 };
}

function toShares(counts: LabelCounts): LabelCounts {
  const labelled = SENTIMENTS.reduce((sum, label) => sum + counts[label], 0);
  const share = (label: SentimentLabel) => (labelled === 0 ? 0 : counts[label] / labelled);
  return { negative: share("negative"), neutral: share("neutral"), positive: share("positive") };
}
