import { notFound } from "@/lib/api/errors";
import { withHandler } from "@/lib/api/with-handler";
import { settleDisagreement } from "@/lib/annotation/settle-disagreement";
import { settleBodySchema } from "@/lib/annotation/types";

// POST /api/disagreements/:itemId – settle an item: the admin's label (or off-topic) wins in datasets (admin)
export const POST = withHandler(
  { route: "/api/disagreements/[itemId]", access: ["admin"], body: settleBodySchema },
  async ({ params, body, user }) => {
    if (!params.itemId) throw notFound("Item");
    return settleDisagreement({ itemId: params.itemId, body, adminId: user.id });
  },
);
