import { SENTIMENTS } from "@/lib/annotation/types";
import { estimateAdjustedShares } from "@/lib/results/adjusted-shares";
import { bucketOverTime, chooseBucket } from "@/lib/results/bucket-over-time";
import { countHumanVerdicts } from "@/lib/results/count-human-verdicts";
import { getModelLabelCounts } from "@/lib/results/get-model-label-counts";
import type { ResultScope } from "@/lib/results/get-result-scope";
import type { LabelCounts, SearchSummary, SentimentLabel, TimeBucket } from "@/lib/results/types";
import type { ItemFilter } from "@/lib/schemas/results";

// The result page's numbers for a (filtered) search: the model's labels overall, per day and per subreddit (fixed
// once a search is fully predicted, so pre-aggregated then), the human verdicts (always live: annotators keep
// answering), and the corrected shares from both.

const TOP_SUBREDDITS = 20;

export async function getSearchSummary(options: { scope: ResultScope; filter: ItemFilter; bucket?: TimeBucket }): Promise<SearchSummary> {
  const { scope, filter } = options;
  const [model, { human, confusion }] = await Promise.all([
    getModelLabelCounts({ scope, filter }),
    countHumanVerdicts({ searchId: scope.searchId, model: scope.model, filter }),
  ]);
  const days = model.days.map((day) => ({ ...day, day: new Date(day.day) }));
  const bucket = options.bucket ?? chooseBucket(days);
  const { adjusted, note } = estimateAdjustedShares({ modelCounts: model.labels, confusion });
  return {
    total: model.total,
    labels: model.labels,
    human,
    adjusted,
    adjustedNote: note,
    rawShares: toShares(model.labels),
    bucket,
    overTime: bucketOverTime(days, bucket),
    bySubreddit: [...model.subreddits]
      .sort((a, b) => b.total - a.total || a.subreddit.localeCompare(b.subreddit))
      .slice(0, TOP_SUBREDDITS),
  };
}

function toShares(counts: LabelCounts): LabelCounts {
  const labelled = SENTIMENTS.reduce((sum, label) => sum + counts[label], 0);
  const share = (label: SentimentLabel) => (labelled === 0 ? 0 : counts[label] / labelled);
  return { negative: share("negative"), neutral: share("neutral"), positive: share("positive") };
}
