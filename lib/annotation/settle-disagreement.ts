import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { lockItem } from "@/lib/annotation/lock-item";
import { recomputeItemLabel } from "@/lib/annotation/recompute-item-label";
import type { SettleBody, SettleResponse } from "@/lib/annotation/types";

const USER = { select: { id: true, name: true, email: true } } as const;

/**
 * An admin's decision on an item: writes (or replaces) its ItemResolution and recomputes its verdict, where the
 * settlement wins over the majority. Under the item's lock, like every answer, so the verdict stays consistent.
 */
export async function settleDisagreement(options: { itemId: string; body: SettleBody; adminId: string }): Promise<SettleResponse> {
  const { itemId, body, adminId } = options;
  return prisma.$transaction(async (tx) => {
    if (!(await lockItem(tx, itemId))) throw notFound("Item");
    const data = {
      action: body.action,
      label: body.action === "label" ? body.label! : null,
      note: body.note || null,
      settledById: adminId,
    };
    const resolution = await tx.itemResolution.upsert({
      where: { itemId },
      create: { itemId, ...data },
      update: data,
      include: { settledBy: USER },
    });
    const verdict = await recomputeItemLabel(tx, itemId);
    return {
      itemId,
      verdict,
      resolution: {
        action: body.action,
        label: resolution.label,
        note: resolution.note,
        settledBy: resolution.settledBy,
        updatedAt: resolution.updatedAt.toISOString(),
      },
    };
  });
}
