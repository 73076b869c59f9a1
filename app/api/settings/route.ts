import { withHandler } from "@/lib/api/with-handler";
import { updateSettingsBodySchema } from "@/lib/annotation/types";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";

// GET /api/settings – overlap, dataset threshold, silver labels, guidelines (admin)
export const GET = withHandler({ route: "/api/settings", access: ["admin"] }, async () => getSettings());

// PATCH /api/settings – change some of them; 422 names the invalid field (admin)
export const PATCH = withHandler(
  { route: "/api/settings", access: ["admin"], body: updateSettingsBodySchema },
  async ({ body, user }) => updateSettings({ changes: body, actorId: user.id }),
);
