import { DelayedError, UnrecoverableError, Worker, type Job } from "bullmq";
import { env } from "@/lib/env";
import { createBullConnection, bullPrefix, QUEUE_FOR_EVENT } from "@/lib/jobs/bullmq/queues";
import { createJobStep, type JobData } from "@/lib/jobs/bullmq/create-job-step";
import { PermanentJobError } from "@/lib/jobs/permanent-error";
import { WorkerShutdownError } from "@/lib/jobs/worker-shutdown";
import { jobSubjectOf, recordJobFailed, recordJobStarted, recordJobSucceeded, type JobRef } from "@/lib/jobs/record-job-outcome";
import { recordJobRun } from "@/lib/jobs/record-job-run";
import { sendEvents } from "@/lib/jobs/send-events";
import { WORKFLOWS } from "@/lib/jobs/workflows";
import { startRequestSweeper } from "@/lib/datasets/start-request-sweeper";
import { moduleLogger } from "@/lib/logger";

const log = moduleLogger("worker");

type WorkerState = { workers: Worker[]; stopSweeper?: () => void };
const globalForWorkers = globalThis as unknown as { postmoodWorkers?: WorkerState };

// The local driver's workers: one BullMQ Worker per queue, each running the shared workflows. Any number of
// processes (the app itself, `npm run worker` on other machines) can run them against the same Redis. A worker
// that dies mid-job loses its job lock; BullMQ's stalled-job check hands the job to another worker, whose retry
// skips the steps the dead one finished.
export function startWorkers(options: { concurrency?: number; lockDurationMs?: number } = {}): Worker[] {
  const state: WorkerState = (globalForWorkers.postmoodWorkers ??= { workers: [] });
  if (state.workers.length > 0) return state.workers;
  for (const [eventName, queueName] of Object.entries(QUEUE_FOR_EVENT)) {
    const worker = new Worker<JobData>(queueName, (job, token) => processJob(queueName, job, token), {
      connection: createBullConnection(),
      prefix: bullPrefix,
      concurrency: options.concurrency ?? env.WORKER_CONCURRENCY,
      lockDuration: options.lockDurationMs ?? env.WORKER_LOCK_DURATION_MS,
      stalledInterval: options.lockDurationMs ?? env.WORKER_LOCK_DURATION_MS,
      maxStalledCount: 2,
    });
    worker.on("failed", (job, error) => void onFailed(queueName, job, error));
    worker.on("error", (error) => log.error({ err: error, queue: queueName }, "worker error"));
    log.info({ queue: queueName, event: eventName }, "worker started");
    state.workers.push(worker);
  }
  state.stopSweeper = startRequestSweeper();
  return state.workers;
}

/** Stops taking jobs and waits for the running ones (force: abandon them; another worker takes them over). */
export async function stopWorkers(options: { force?: boolean } = {}): Promise<void> {
  const state = globalForWorkers.postmoodWorkers;
  if (!state) return;
  state.stopSweeper?.();
  await Promise.all(state.workers.map((worker) => worker.close(options.force)));
  state.workers = [];
}

async function processJob(queueName: string, job: Job<JobData>, token?: string) {
  const { event } = job.data;
  const started = performance.now();
  const attempts = Math.max(job.attemptsStarted, job.attemptsMade + 1); // attemptsStarted counts this run too
  await recordJobStarted({ job: jobRef(queueName, job), attempts });
  try {
    const workflow = WORKFLOWS[event.name] as (context: { data: unknown; step: ReturnType<typeof createJobStep>; emit: typeof sendEvents }) => Promise<unknown>;
    const result = await workflow({ data: event.data, step: createJobStep(job), emit: sendEvents });
    await recordJobSucceeded({ job: jobRef(queueName, job), attempts, result, seconds: (performance.now() - started) / 1000 });
    return result;
  } catch (error) {
    // Shutting down: back to the queue without spending an attempt; the next worker resumes from the cursor.
    if (error instanceof WorkerShutdownError && token) {
      await job.moveToDelayed(Date.now() + 1_000, token);
      await recordJobRun({ ...jobRef(queueName, job), status: "queued", attempts, errorMessage: error.message });
      throw new DelayedError();
    }
    // BullMQ's "do not retry" error; it reaches onFailed (same process) with the permanent error's code attached.
    if (error instanceof PermanentJobError) throw Object.assign(new UnrecoverableError(error.message), { code: error.code });
    throw error;
  }
}

// Called after every failed attempt; the shared recording acts on the last one (retries exhausted, or permanent).
async function onFailed(queueName: string, job: Job<JobData> | undefined, error: Error) {
  if (!job) return;
  const final = error instanceof UnrecoverableError || error.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
  const seconds = job.processedOn ? (Date.now() - job.processedOn) / 1000 : undefined; // processedOn: this attempt's start
  await recordJobFailed({ job: jobRef(queueName, job), attempts: job.attemptsMade, error, final, seconds });
}

function jobRef(queueName: string, job: Job<JobData>): JobRef {
  return { type: queueName, engine: "bullmq", externalId: job.id!, ...jobSubjectOf(job.data.event.data) };
}
