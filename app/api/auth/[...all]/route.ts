import { toNextJsHandler } from "better-auth/next-js";
import { AppError, errorResponse } from "@/lib/api/errors";
import { withCappedBody } from "@/lib/api/read-body";
import { auth } from "@/lib/auth/auth";
import { limitSignIn } from "@/lib/auth/limit-sign-in";

const handler = toNextJsHandler(auth);

export const GET = handler.GET;

// POST /api/auth/* – better-auth; the body is capped (413) and sign-in attempts are rate-limited first.
export async function POST(request: Request) {
  try {
    const capped = await withCappedBody(request);
    return (await limitSignIn(capped)) ?? (await handler.POST(capped));
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error.status, error.code, error.message, {}, error.details);
    throw error;
  }
}
