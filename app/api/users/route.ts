import { withHandler } from "@/lib/api/with-handler";
import { createUserBodySchema } from "@/lib/schemas/user";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

// GET /api/users – every account (admin)
export const GET = withHandler({ route: "/api/users", access: ["admin"] }, async () => ({ users: await listUsers() }));

// POST /api/users – create an account with a role (admin)
export const POST = withHandler(
  { route: "/api/users", access: ["admin"], body: createUserBodySchema, rateLimit: { max: 120, windowSeconds: 60 } },
  async ({ body }) => Response.json(await createUser(body), { status: 201 }),
);
