import { withHandler } from "@/lib/api/with-handler";

// GET /api/me – the signed-in user and their role
export const GET = withHandler({ route: "/api/me", access: "signed-in" }, async ({ user }) => ({ user }));
