import { AppError, notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { countAnswerTowardsDataset } from "@/lib/datasets/count-answer";
import { dispatchDatasetBuildRequests } from "@/lib/datasets/dispatch-build-requests";
import { getClaimOwners } from "@/lib/annotation/get-claim-owners";
import { getCurrentModel } from "@/lib/annotation/get-current-model";
import { getItemPrediction } from "@/lib/annotation/get-item-prediction";
import { lockItem } from "@/lib/annotation/lock-item";
import { readVerdict } from "@/lib/annotation/read-verdict";
import { recomputeItemLabel } from "@/lib/annotation/recompute-item-label";
import { releaseClaims } from "@/lib/annotation/release-claims";
import { toAnswer } from "@/lib/annotation/to-answer";
import type { CorrectionBody, CorrectionResponse } from "@/lib/annotation/types";
import { moduleLogger } from "@/lib/logger";
import { getSettings } from "@/lib/settings/get-settings";

const log = moduleLogger("annotation");

const COUNTED = new Set(["label", "off_topic"]); // skips are not answers
const TRANSACTION = { maxWait: 10_000, timeout: 15_000 }; // writers of one item queue on its row lock

const fieldError = (field: string, message: string) =>
  new AppError(422, "validation_failed", `Invalid input. ${field}: ${message}`, { fields: { [field]: [message] } });

/**
 * Saves an annotator's answer on an item: creates it, changes it, or (an identical repeat) leaves everything as it
 * is. One transaction under the item's row lock: the live correction, its history event, the item's verdict, and
 * the dataset counter. Afterwards the annotator's claim on the item is released.
 */
export async function saveCorrection(options: { annotatorId: string; body: CorrectionBody }): Promise<CorrectionResponse> {
  const { annotatorId, body } = options;
  const [owner] = await getClaimOwners([body.itemId]);
  if (owner && owner !== annotatorId) {
    throw new AppError(409, "conflict", "Another annotator has this item on their screen.", { reason: "claimed" });
  }
  const [settings, model] = await Promise.all([getSettings(), getCurrentModel()]);

  const result = await prisma.$transaction(async (tx) => {
    if (!(await lockItem(tx, body.itemId))) throw notFound("Item");
    if (body.searchId && (await tx.search.count({ where: { id: body.searchId } })) === 0) {
      throw fieldError("searchId", "No search has this id.");
    }
    const prediction = await getItemPrediction(tx, { itemId: body.itemId, model });
    if (body.action === "accept" && !prediction) throw fieldError("action", "The model has not labelled this item yet.");
    const action = body.action === "accept" ? "label" : body.action;
    const label = body.action === "accept" ? prediction!.label : (body.label ?? null);

    const where = { itemId_annotatorId: { itemId: body.itemId, annotatorId } };
    const existing = await tx.correction.findUnique({ where });
    if (existing && existing.action === action && existing.label === label) {
      return { outcome: "unchanged" as const, row: existing, verdict: await readVerdict(tx, body.itemId), version: null };
    }
    if (!existing || !COUNTED.has(existing.action)) {
      // Only a new answer can overfill the item; changing one of the k answers is always allowed.
      const others = await tx.correction.count({
        where: { itemId: body.itemId, annotatorId: { not: annotatorId }, action: { in: ["label", "off_topic"] } },
      });
      if (others >= settings.overlap) {
        throw new AppError(409, "conflict", `This item already has ${others} answers (overlap is ${settings.overlap}).`, {
          reason: "full",
        });
      }
    }

    const data = {
      action,
      label,
      modelLabel: prediction?.label ?? null,
      predictionId: prediction?.id ?? null,
      modelConfidence: prediction?.confidence ?? null,
      searchId: body.searchId ?? existing?.searchId ?? null,
      durationMs: body.durationMs,
    };
    const row = existing
      ? await tx.correction.update({ where, data })
      : await tx.correction.create({ data: { ...data, itemId: body.itemId, annotatorId } });
    await tx.correctionEvent.create({ data: { ...data, itemId: body.itemId, annotatorId } });
    const verdict = await recomputeItemLabel(tx, body.itemId);
    const version = COUNTED.has(action) ? await countAnswerTowardsDataset(tx) : null;
    return { outcome: existing ? ("changed" as const) : ("created" as const), row, verdict, version };
  }, TRANSACTION);

  await releaseClaims({ annotatorId, itemIds: [body.itemId] }).catch((err) =>
    log.warn({ err, itemId: body.itemId }, "could not release the claim (it expires on its own)"),
  );
  if (result.version !== null) {
    // The build request is in the outbox already; a failed send is retried by the dataset sweeper.
    dispatchDatasetBuildRequests().catch((err) => log.error({ err, version: result.version }, "dataset build dispatch failed"));
  }
  return { outcome: result.outcome, answer: toAnswer(result.row), verdict: result.verdict };
}
