import { withHandler } from "@/lib/api/with-handler";
import { updateUserBodySchema } from "@/lib/schemas/user";
import { updateUser } from "@/lib/users/update-user";

// PATCH /api/users/:id – change role, disable or enable (admin)
export const PATCH = withHandler(
  { route: "/api/users/[id]", access: ["admin"], body: updateUserBodySchema },
  async ({ body, params, user }) => {
    await updateUser({ id: params.id!, actorId: user.id, changes: body });
    return { ok: true };
  },
);
