import { prisma } from "@/lib/db";
import type { SettingsResponse } from "@/lib/annotation/types";
import { ensureSettingsRow } from "@/lib/settings/ensure-settings-row";

// The run-time settings an admin changes (one row, id = 1), created with its defaults on first read.

export async function getSettings(): Promise<SettingsResponse> {
  let row = await prisma.settings.findUnique({ where: { id: 1 } });
  if (!row) {
    await ensureSettingsRow(prisma);
    row = await prisma.settings.findUniqueOrThrow({ where: { id: 1 } });
  }
  const updatedBy = row.updatedById
    ? await prisma.user.findUnique({ where: { id: row.updatedById }, select: { id: true, name: true, email: true } })
    : null;
  return {
    overlap: row.overlap,
    datasetThreshold: row.datasetThreshold,
    includeSilver: row.includeSilver,
    silverMinConfidence: row.silverMinConfidence,
    guidelines: row.guidelines,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy,
  };
}
