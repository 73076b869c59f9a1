import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getQueueOverview } from "@/lib/labeling/get-queue-overview";
import { createSignedInUser } from "@/test/helpers/sessions";

async function createPredictedItem(options: { searchId: string; confidence: number; nearDuplicateOf?: string }) {
  const id = `t3_${randomUUID().slice(0, 10)}`;
  await prisma.redditItem.create({
    data: { id, kind: "post", subreddit: "test", title: `post ${id}`, createdUtc: new Date(), normalizedText: id, textHash: id, source: "reddit", raw: {} },
  });
  await prisma.searchHit.create({ data: { searchId: options.searchId, itemId: id, nearDuplicateOf: options.nearDuplicateOf ?? null } });
  await prisma.prediction.create({
    data: { itemId: id, modelId: "test", modelVersion: "v1", label: "neutral", confidence: options.confidence, probabilities: {} },
  });
  return id;
}

describe("annotation queue overview", () => {
  it("lists uncorrected items least confident first, without near-duplicates or the annotator's own corrections", async () => {
    const annotator = await createSignedInUser("annotator");
    const search = await prisma.search.create({ data: { keyword: "queue", normalizedKeyword: `queue-${randomUUID()}` } });
    const sure = await createPredictedItem({ searchId: search.id, confidence: 0.0105 });
    const unsure = await createPredictedItem({ searchId: search.id, confidence: 0.0101 });
    const repost = await createPredictedItem({ searchId: search.id, confidence: 0.0100, nearDuplicateOf: unsure });
    const corrected = await createPredictedItem({ searchId: search.id, confidence: 0.0102 });
    await prisma.correction.create({ data: { itemId: corrected, annotatorId: annotator.id, action: "label", label: "positive" } });

    const queue = await getQueueOverview({ annotatorId: annotator.id, take: 1000 });
    const ids = queue.next.map((p) => p.item.id);
    expect(ids).toContain(unsure);
    expect(ids.indexOf(unsure)).toBeLessThan(ids.indexOf(sure));
    expect(ids).not.toContain(corrected);
    expect(ids).not.toContain(repost);
    expect(queue.correctedByMe).toBe(1);
  });
});
