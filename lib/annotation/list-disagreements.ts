import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { getCurrentModel } from "@/lib/annotation/get-current-model";
import { readProbabilities } from "@/lib/annotation/read-probabilities";
import { toRedditUrl } from "@/lib/annotation/to-reddit-url";
import type { DisagreementItem, DisagreementsQuery, DisagreementsResponse } from "@/lib/annotation/types";

const USER = { select: { id: true, name: true, email: true } } as const;

/** Items whose answers differ (ItemLabel.disagreement), with every answer; unsettled first, then most recent. */
export async function listDisagreements(query: DisagreementsQuery): Promise<DisagreementsResponse> {
  const settledFilter = Prisma.sql`${
    query.status === "unsettled" ? Prisma.sql`AND r.item_id IS NULL` : query.status === "settled" ? Prisma.sql`AND r.item_id IS NOT NULL` : Prisma.empty
  }`;
  const [page, [counts], model] = await Promise.all([
    prisma.$queryRaw<{ item_id: string }[]>`
      SELECT il.item_id FROM item_labels il LEFT JOIN item_resolutions r ON r.item_id = il.item_id
       WHERE il.disagreement ${settledFilter}
       ORDER BY (r.item_id IS NOT NULL) ASC, il.updated_at DESC, il.item_id
      OFFSET ${(query.page - 1) * query.pageSize} LIMIT ${query.pageSize}`,
    prisma.$queryRaw<{ total: bigint; unsettled: bigint }[]>`
      SELECT count(*) FILTER (WHERE TRUE ${settledFilter}) AS total, count(*) FILTER (WHERE r.item_id IS NULL) AS unsettled
        FROM item_labels il LEFT JOIN item_resolutions r ON r.item_id = il.item_id
       WHERE il.disagreement`,
    getCurrentModel(),
  ]);
  const ids = page.map((row) => row.item_id);
  const rows = await prisma.redditItem.findMany({
    where: { id: { in: ids } },
    include: {
      humanLabel: true,
      resolution: { include: { settledBy: USER } },
      corrections: { include: { annotator: USER }, orderBy: { updatedAt: "asc" } },
      predictions: model ? { where: model } : { orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  const postTitles = await readPostTitles(rows.map((row) => row.linkId));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id): DisagreementItem[] => {
    const row = byId.get(id);
    if (!row || !row.humanLabel) return [];
    const { label, offTopic, tie, disagreement, source, answers, agreement } = row.humanLabel;
    const prediction = row.predictions[0];
    return [{
      itemId: row.id,
      kind: row.kind,
      subreddit: row.subreddit,
      author: row.author,
      title: row.title,
      body: row.body,
      postTitle: row.linkId ? (postTitles.get(row.linkId) ?? null) : null,
      createdUtc: row.createdUtc.toISOString(),
      redditUrl: toRedditUrl(row.permalink),
      prediction: prediction
        ? { label: prediction.label, confidence: prediction.confidence, probabilities: readProbabilities(prediction.probabilities).probabilities }
        : null,
      verdict: { label, offTopic, tie, disagreement, source, answers, agreement },
      answers: row.corrections.map((c) => ({
        annotator: c.annotator,
        action: c.action === "undo" ? "skip" : c.action,
        label: c.label,
        durationMs: c.durationMs,
        updatedAt: c.updatedAt.toISOString(),
      })),
      resolution: row.resolution
        ? {
            action: row.resolution.action === "off_topic" ? "off_topic" : "label",
            label: row.resolution.label,
            note: row.resolution.note,
            settledBy: row.resolution.settledBy,
            updatedAt: row.resolution.updatedAt.toISOString(),
          }
        : null,
    }];
  });
  return {
    items,
    total: Number(counts?.total ?? 0),
    unsettled: Number(counts?.unsettled ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function readPostTitles(linkIds: (string | null)[]): Promise<Map<string, string | null>> {
  const ids = linkIds.filter((id): id is string => Boolean(id));
  if (ids.length === 0) return new Map();
  const posts = await prisma.redditItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } });
  return new Map(posts.map((post) => [post.id, post.title]));
}
