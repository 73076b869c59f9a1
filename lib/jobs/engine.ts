import { env } from "@/lib/env";

// Which engine runs background work. Inngest when it is configured (cloud keys, or a dev/self-hosted server);
// otherwise the local driver runs the same workflows on BullMQ against REDIS_URL.
export type JobEngine = "inngest" | "bullmq";

const devMode = env.INNGEST_DEV !== undefined && !["0", "false"].includes(env.INNGEST_DEV.toLowerCase());

export const jobEngine: JobEngine = env.INNGEST_EVENT_KEY || devMode || env.INNGEST_DEV_URL ? "inngest" : "bullmq";
