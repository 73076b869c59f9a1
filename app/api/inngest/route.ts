import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";
import { errorResponse } from "@/lib/api/errors";
import { jobEngine } from "@/lib/jobs/engine";

const handlers = serve({ client: inngest, functions });
const notConfigured = async () =>
  errorResponse(404, "not_found", "Inngest is not configured here: background work runs on the local BullMQ engine.");

// GET/POST/PUT /api/inngest – Inngest's endpoint (requests are signed with INNGEST_SIGNING_KEY, checked by the SDK);
// answered only when Inngest is the engine.
export const GET = jobEngine === "inngest" ? handlers.GET : notConfigured;
export const POST = jobEngine === "inngest" ? handlers.POST : notConfigured;
export const PUT = jobEngine === "inngest" ? handlers.PUT : notConfigured;
