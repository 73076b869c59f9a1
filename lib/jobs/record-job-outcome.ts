import { markDatasetFailed } from "@/lib/datasets/finish-dataset";
import type { JobEngine } from "@/lib/jobs/engine";
import { recordJobRun } from "@/lib/jobs/record-job-run";
import { moduleLogger } from "@/lib/logger";
import { jobMetrics } from "@/lib/metrics/jobs";
import { failSearch } from "@/lib/searches/search-lifecycle";

// What every engine records about a background job, in one place so Inngest and BullMQ runs look the same to
// operators: the JobRun row (the job view), the postmood_jobs_total / postmood_job_duration_seconds metrics, and, on
// a job's final failure, what it worked for marked failed with the reason: its search, or its dataset version.

const log = moduleLogger("jobs");

export type JobRef = { type: string; engine: JobEngine; externalId: string } & JobSubject;
type JobSubject = { searchId?: string; datasetVersion?: number };

export async function recordJobStarted(options: { job: JobRef; attempts: number }): Promise<void> {
  const { job, attempts } = options;
  await recordJobRun({ ...job, status: "running", attempts });
  jobMetrics.jobs.inc({ type: job.type, state: "started" });
}

export async function recordJobSucceeded(options: { job: JobRef; attempts: number; result: unknown; seconds: number }): Promise<void> {
  const { job, attempts, result, seconds } = options;
  await recordJobRun({ ...job, status: "succeeded", attempts, progress: { result } as object });
  jobMetrics.jobs.inc({ type: job.type, state: "succeeded" });
  jobMetrics.jobDuration.observe({ type: job.type, state: "succeeded" }, seconds);
}

/** After a failed attempt. Final (retries exhausted, or a fault no retry can fix): the job and its subject fail.
 * Otherwise the job waits for its retry. Never throws: a recording fault must not hide the job's own error. */
export async function recordJobFailed(options: {
  job: JobRef;
  attempts?: number;
  error: Error;
  final: boolean;
  seconds?: number;
}): Promise<void> {
  const { job, attempts, error, final } = options;
  jobMetrics.jobs.inc({ type: job.type, state: final ? "failed" : "retrying" });
  if (options.seconds !== undefined) jobMetrics.jobDuration.observe({ type: job.type, state: "failed" }, options.seconds);
  log.warn({ type: job.type, engine: job.engine, jobId: job.externalId, attempt: attempts, final, err: error }, "job attempt failed");
  try {
    await recordJobRun({ ...job, status: final ? "failed" : "queued", attempts, errorMessage: error.message });
    if (final && job.searchId) {
      const code = (error as { code?: unknown }).code;
      await failSearch({
        searchId: job.searchId,
        code: typeof code === "string" ? code : "job-failed",
        message: typeof code === "string" ? error.message : `${job.type} failed${attempts ? ` after ${attempts} attempts` : ""}: ${error.message}`,
      });
    }
    if (final && job.datasetVersion !== undefined) await markDatasetFailed({ version: job.datasetVersion, message: error.message });
  } catch (recordError) {
    log.error({ err: recordError, jobId: job.externalId }, "could not record job failure");
  }
}

/** What a job works for, from its event's data: search events carry their search, dataset builds their version. */
export function jobSubjectOf(data: object): JobSubject {
  return {
    searchId: "searchId" in data && typeof data.searchId === "string" ? data.searchId : undefined,
    datasetVersion: "version" in data && typeof data.version === "number" ? data.version : undefined,
  };
}
