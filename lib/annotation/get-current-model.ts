import { prisma } from "@/lib/db";

export type CurrentModel = { modelId: string; modelVersion: string };

/**
 * The model whose predictions the queue ranks by: the one that wrote the most recent prediction (re-classifying
 * with a new model makes it current as soon as its first prediction is stored). null before any prediction.
 */
export async function getCurrentModel(): Promise<CurrentModel | null> {
  return prisma.prediction.findFirst({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { modelId: true, modelVersion: true },
  });
}
