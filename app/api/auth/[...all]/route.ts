import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { limitSignIn } from "@/lib/auth/limit-sign-in";

const handler = toNextJsHandler(auth);

export const GET = handler.GET;

// POST /api/auth/* – better-auth; sign-in attempts are rate-limited per client address first.
export async function POST(request: Request) {
  const refused = await limitSignIn(request);
  return refused ?? handler.POST(request);
}
