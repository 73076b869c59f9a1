// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Importing the env module validates every variable: a bad value stops the server here, with the reason.
  const { env } = await import("@/lib/env");
  const { moduleLogger } = await import("@/lib/logger");
  const { jobEngine } = await import("@/lib/jobs/engine");
  const log = moduleLogger("server");
  log.info({ appUrl: env.APP_URL, nodeEnv: env.NODE_ENV, jobEngine }, "postmood server starting");
  // Embedded setup: the app runs its own BullMQ workers; `npm run worker` adds more elsewhere.
  if (jobEngine === "bullmq" && env.START_WORKERS_IN_APP) {
    const { startWorkers } = await import("@/lib/jobs/bullmq/start-workers");
    startWorkers();
  }
}
