import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildModelInput } from "@/lib/sentiment/build-model-input";
import { classifyTexts } from "@/lib/sentiment/classify-texts";
import { loadClassifier, type Classifier } from "@/lib/sentiment/load-classifier";

type ClassifyItemsOptions = {
  itemIds: string[];
  classifier?: Classifier; // default: the process's shared classifier (MODEL_ID, else the embedded model)
  chunkSize?: number; // items read, classified and written per round trip
};

// Classifies the given Reddit items that have no prediction yet for the current model version and stores the
// predictions. Safe to repeat and to run concurrently: the unique (itemId, modelId, modelVersion) key plus
// skipDuplicates means a second run writes nothing. Returns how many predictions this call inserted.
export async function classifyItems({ itemIds, classifier, chunkSize = 256 }: ClassifyItemsOptions): Promise<number> {
  const model = classifier ?? (await loadClassifier());
  const ids = [...new Set(itemIds)];
  let classified = 0;
  for (let start = 0; start < ids.length; start += chunkSize) {
    const items = await prisma.redditItem.findMany({
      where: {
        id: { in: ids.slice(start, start + chunkSize) },
        predictions: { none: { modelId: model.modelId, modelVersion: model.modelVersion } },
      },
      select: { id: true, title: true, body: true },
      orderBy: { id: "asc" },
    });
    if (items.length === 0) continue;
    const predictions = await classifyTexts({ texts: items.map(buildModelInput), classifier: model });
    const { count } = await prisma.prediction.createMany({
      data: items.map((item, i): Prisma.PredictionCreateManyInput => {
        const p = predictions[i]!;
        return {
          itemId: item.id,
          modelId: model.modelId,
          modelVersion: model.modelVersion,
          label: p.label,
          confidence: p.confidence,
          probabilities: p.probabilities,
          rawScores: p.rawScores,
        };
      }),
      skipDuplicates: true,
    });
    classified += count;
  }
  return classified;
}
