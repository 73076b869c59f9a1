import type { Correction } from "@/lib/generated/prisma/client";
import type { Answer } from "@/lib/annotation/types";

/** A live correction row as the API returns it. */
export function toAnswer(row: Correction): Answer {
  return {
    itemId: row.itemId,
    annotatorId: row.annotatorId,
    action: row.action === "undo" ? "skip" : row.action, // live rows are never "undo" (history only)
    label: row.label,
    modelLabel: row.modelLabel,
    predictionId: row.predictionId,
    modelConfidence: row.modelConfidence,
    searchId: row.searchId,
    durationMs: row.durationMs,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
