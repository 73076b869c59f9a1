// npm run worker – BullMQ workers for the local engine, to scale out: run any number of these, on any machine that
// reaches the same REDIS_URL and DATABASE_URL. (The app starts its own workers too unless START_WORKERS_IN_APP=false.)
import { prisma } from "@/lib/db";
import { startWorkers, stopWorkers } from "@/lib/jobs/bullmq/start-workers";
import { jobEngine } from "@/lib/jobs/engine";
import { moduleLogger } from "@/lib/logger";

const log = moduleLogger("worker");

if (jobEngine !== "bullmq") {
  log.error("Inngest is configured (INNGEST_*): it runs the functions itself; local workers are not needed.");
  process.exit(2);
}

startWorkers();
log.info({ pid: process.pid }, "workers running; Ctrl-C to stop");

async function shutdown(signal: string) {
  log.info({ signal }, "finishing current jobs, then stopping");
  await stopWorkers();
  await prisma.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
