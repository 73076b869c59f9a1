import { withHandler } from "@/lib/api/with-handler";
import { releaseClaims } from "@/lib/annotation/release-claims";
import { renewClaims } from "@/lib/annotation/renew-claims";
import { renewClaimsBodySchema, type ReleaseClaimsResponse, type RenewClaimsResponse } from "@/lib/annotation/types";

// POST /api/queue/claims – renew the claims of the items on my screen; says which are still mine (annotator)
export const POST = withHandler(
  { route: "/api/queue/claims", access: ["annotator"], body: renewClaimsBodySchema },
  async ({ body, user }): Promise<RenewClaimsResponse> => {
    const { mine, lost, ttlMs } = await renewClaims({ annotatorId: user.id, itemIds: body.itemIds });
    return { mine, lost, claimTtlMs: ttlMs, claimExpiresAt: new Date(Date.now() + ttlMs).toISOString() };
  },
);

// DELETE /api/queue/claims – release every claim of mine (the screen was closed) (annotator)
export const DELETE = withHandler(
  { route: "/api/queue/claims", access: ["annotator"] },
  async ({ user }): Promise<ReleaseClaimsResponse> => ({ released: await releaseClaims({ annotatorId: user.id }) }),
);
