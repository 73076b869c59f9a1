import { prisma } from "@/lib/db";

/**
 * What waits for an annotator: predicted items they have not corrected yet, least confident first (the model is
 * most likely wrong there, so a correction teaches the most).
 */
export async function getQueueOverview(options: { annotatorId: string; take?: number }) {
  // Reposts and copypasta (hits marked as near-duplicates of an earlier item) would ask for the same label twice.
  const where = {
    item: {
      corrections: { none: { annotatorId: options.annotatorId } },
      hits: { none: { nearDuplicateOf: { not: null } } },
    },
  };
  const [waiting, next, correctedByMe] = await Promise.all([
    prisma.prediction.count({ where }),
    prisma.prediction.findMany({
      where,
      orderBy: { confidence: "asc" },
      take: options.take ?? 10,
      select: {
        id: true,
        label: true,
        confidence: true,
        item: { select: { id: true, subreddit: true, title: true, body: true } },
      },
    }),
    prisma.correction.count({ where: { annotatorId: options.annotatorId } }),
  ]);
  return { waiting, next, correctedByMe };
}
