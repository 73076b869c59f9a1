import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

// GET/POST/PUT /api/inngest – Inngest's endpoint (requests are signed with INNGEST_SIGNING_KEY, checked by the SDK)
export const { GET, POST, PUT } = serve({ client: inngest, functions });
