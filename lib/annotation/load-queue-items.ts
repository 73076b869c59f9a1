import { prisma } from "@/lib/db";
import type { CurrentModel } from "@/lib/annotation/get-current-model";
import { readProbabilities } from "@/lib/annotation/read-probabilities";
import { toRedditUrl } from "@/lib/annotation/to-reddit-url";
import type { QueueItem } from "@/lib/annotation/types";

type Options = {
  itemIds: string[]; // claimed by the annotator, in queue order
  annotatorId: string;
  overlap: number;
  model: CurrentModel;
  searchId?: string; // the queue's search filter
  claimExpiresAt: Date;
};

/**
 * Everything the item view shows, read after the items were claimed. Items that stopped waiting between the
 * candidate query and the claim (answered by me elsewhere, filled up, settled) are returned in `gone`.
 */
export async function loadQueueItems(options: Options): Promise<{ items: QueueItem[]; gone: string[] }> {
  const rows = await prisma.redditItem.findMany({
    where: { id: { in: options.itemIds } },
    include: {
      predictions: { where: { modelId: options.model.modelId, modelVersion: options.model.modelVersion } },
      hits: { select: { search: { select: { id: true, keyword: true, createdAt: true } } } },
      corrections: { where: { annotatorId: options.annotatorId }, select: { action: true, label: true, updatedAt: true } },
      humanLabel: { select: { answers: true } },
      resolution: { select: { itemId: true } },
    },
  });
  const contextIds = rows.flatMap((row) => [row.linkId, row.parentId?.startsWith("t1_") ? row.parentId : null]);
  const context = await prisma.redditItem.findMany({
    where: { id: { in: contextIds.filter((id): id is string => Boolean(id)) } },
    select: { id: true, title: true, author: true, body: true },
  });
  const contextById = new Map(context.map((row) => [row.id, row]));
  const byId = new Map(rows.map((row) => [row.id, row]));

  const items: QueueItem[] = [];
  const gone: string[] = [];
  for (const itemId of options.itemIds) {
    const row = byId.get(itemId);
    const prediction = row?.predictions[0];
    const mine = row?.corrections[0] ?? null;
    const answers = row?.humanLabel?.answers ?? 0;
    if (!row || !prediction || (mine && mine.action !== "skip") || answers >= options.overlap || row.resolution) {
      gone.push(itemId);
      continue;
    }
    const searches = row.hits
      .map((hit) => hit.search)
      .sort((a, b) => Number(b.id === options.searchId) - Number(a.id === options.searchId) || b.createdAt.getTime() - a.createdAt.getTime());
    const parent = row.parentId?.startsWith("t1_") ? contextById.get(row.parentId) : undefined;
    items.push({
      itemId: row.id,
      kind: row.kind,
      subreddit: row.subreddit,
      author: row.author,
      title: row.title,
      body: row.body,
      score: row.score,
      createdUtc: row.createdUtc.toISOString(),
      permalink: row.permalink,
      url: row.url,
      redditUrl: toRedditUrl(row.permalink),
      postTitle: row.kind === "comment" && row.linkId ? (contextById.get(row.linkId)?.title ?? null) : null,
      parentComment: parent ? { author: parent.author, body: parent.body } : null,
      searchId: searches[0]?.id ?? null,
      keywords: [...new Map(searches.map((s) => [s.keyword.toLowerCase(), s.keyword])).values()],
      prediction: {
        id: prediction.id,
        label: prediction.label,
        confidence: prediction.confidence,
        ...readProbabilities(prediction.probabilities),
        modelId: prediction.modelId,
        modelVersion: prediction.modelVersion,
      },
      myAnswer: mine ? { action: "skip", label: null, updatedAt: mine.updatedAt.toISOString() } : null,
      answers,
      claimExpiresAt: options.claimExpiresAt.toISOString(),
    });
  }
  return { items, gone };
}
