import { Inngest } from "inngest";
import { env } from "@/lib/env";

// The Inngest client. Keys come from INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY (cloud) or INNGEST_DEV / INNGEST_BASE_URL
// (self-hosted or dev server); the SDK reads them itself, lib/env.ts only decides whether Inngest is the engine.
export const inngest = new Inngest({
  id: "postmood",
  ...(env.INNGEST_DEV_URL ? { isDev: true, baseUrl: env.INNGEST_DEV_URL } : {}),
});
