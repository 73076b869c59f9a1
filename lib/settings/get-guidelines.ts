import type { GuidelinesResponse } from "@/lib/annotation/types";
import { getSettings } from "@/lib/settings/get-settings";

/** The annotation guidelines (Markdown, rendered sanitized by the screens). updatedAt: the settings row's last change. */
export async function getGuidelines(): Promise<GuidelinesResponse> {
  const settings = await getSettings();
  return { markdown: settings.guidelines, updatedAt: settings.updatedAt };
}
