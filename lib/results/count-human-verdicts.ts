import { prisma } from "@/lib/db";
import type { CurrentModel } from "@/lib/annotation/get-current-model";
import { emptyConfusion, type ConfusionCounts } from "@/lib/results/adjusted-shares";
import { resultItemsFromSql } from "@/lib/results/item-filter-sql";
import type { SearchSummary, SentimentLabel } from "@/lib/results/types";
import type { ItemFilter } from "@/lib/schemas/results";

// The human side of a (filtered) search's summary: the verdicts and, for the corrected estimate, each answered
// item's model label. Read from the answered items (item_labels) into the search, one primary-key lookup each, so it
// costs what the answers cost, not what the search's 100k items would. OFFSET 0 keeps the planner from turning the
// lookups back into a scan of every hit; reading the verdict from `answered` lets it drop the filter's own join to
// item_labels unless a filter needs it.

type Row = { model: SentimentLabel | null; human: SentimentLabel | null; off_topic: boolean; n: number };

export async function countHumanVerdicts(options: {
  searchId: string;
  model: CurrentModel | null;
  filter: ItemFilter;
}): Promise<{ human: SearchSummary["human"]; confusion: ConfusionCounts }> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT f.model::text AS model, f.human::text AS human, f.off_topic, count(*)::int AS n
      FROM item_labels answered
      CROSS JOIN LATERAL (SELECT p.label AS model, answered.label AS human, answered.off_topic
                          ${resultItemsFromSql({ ...options, withItems: false })} AND h.item_id = answered.item_id
                          OFFSET 0) f
     WHERE answered.label IS NOT NULL OR answered.off_topic
     GROUP BY 1, 2, 3`;
  const human = { negative: 0, neutral: 0, positive: 0, offTopic: 0, answered: 0 };
  const confusion = emptyConfusion();
  for (const row of rows) {
    // The verdict as the items list shows it (HUMAN_LABEL_SQL): a label wins, else off-topic. Ties never get here.
    if (row.human) human[row.human] += row.n;
    else human.offTopic += row.n;
    human.answered += row.n;
    if (row.model && row.human) confusion[row.human][row.model] += row.n;
  }
  return { human, confusion };
}
