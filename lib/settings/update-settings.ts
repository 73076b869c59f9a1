import { prisma } from "@/lib/db";
import type { SettingsResponse, UpdateSettingsBody } from "@/lib/annotation/types";
import { ensureSettingsRow } from "@/lib/settings/ensure-settings-row";
import { getSettings } from "@/lib/settings/get-settings";
import { moduleLogger } from "@/lib/logger";

const log = moduleLogger("settings");

/** Applies an admin's validated changes; fields left out keep their value. */
export async function updateSettings(options: { changes: UpdateSettingsBody; actorId: string }): Promise<SettingsResponse> {
  await ensureSettingsRow(prisma);
  await prisma.settings.update({ where: { id: 1 }, data: { ...options.changes, updatedById: options.actorId } });
  log.info({ actorId: options.actorId, fields: Object.keys(options.changes) }, "settings changed");
  return getSettings();
}
