// npm run worker – BullMQ workers for the local engine, to scale out: run any number of these, on any machine that
// reaches the same REDIS_URL and DATABASE_URL. (The app starts its own workers too unless START_WORKERS_IN_APP=false.)
import { prisma } from "@/lib/db";
import { startWorkers, stopWorkers } from "@/lib/jobs/bullmq/start-workers";
import { jobEngine } from "@/lib/jobs/engine";
import { requestWorkerShutdown } from "@/lib/jobs/worker-shutdown";
import { moduleLogger } from "@/lib/logger";

const log = moduleLogger("worker");

if (jobEngine !== "bullmq") {
  log.error("Inngest is configured (INNGEST_*): it runs the functions itself; local workers are not needed.");
  process.exit(2);
}

startWorkers();
log.info({ pid: process.pid }, "workers running; Ctrl-C to stop");

// SIGTERM (a container or service manager stopping it) and Ctrl-C alike: running ingestions stop after the page in
// flight and go back to the queue, so stopping takes seconds, not as long as a search, and no search is left
// ingesting with nobody working on it.
async function shutdown(signal: string) {
  log.info({ signal }, "stopping: running jobs go back to the queue at their next safe point");
  requestWorkerShutdown(signal);
  await stopWorkers();
  await prisma.$disconnect();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
