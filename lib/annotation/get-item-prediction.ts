import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentModel } from "@/lib/annotation/get-current-model";

/** The prediction an answer replaces: the current model's for this item, else the item's most recent one. */
export async function getItemPrediction(tx: Prisma.TransactionClient, options: { itemId: string; model: CurrentModel | null }) {
  const select = { id: true, label: true, confidence: true } as const;
  const current = options.model
    ? await tx.prediction.findUnique({
        where: { itemId_modelId_modelVersion: { itemId: options.itemId, ...options.model } },
        select,
      })
    : null;
  return current ?? tx.prediction.findFirst({ where: { itemId: options.itemId }, orderBy: { createdAt: "desc" }, select });
}
