import { NonRetriableError, type FailureEventArgs } from "inngest";
import type { AppEvent } from "@/inngest/events";
import { toWorkflowStep } from "@/inngest/to-workflow-step";
import { PermanentJobError } from "@/lib/jobs/permanent-error";
import { jobSubjectOf, recordJobFailed, recordJobStarted, recordJobSucceeded, type JobRef } from "@/lib/jobs/record-job-outcome";
import type { WorkflowStep } from "@/lib/jobs/workflow-step";

// Runs a workflow under Inngest with the recording the BullMQ driver does (lib/jobs/record-job-outcome.ts): a JobRun
// row per run, the job metrics, and, through the function's onFailure, the final failure of its search.
// Inngest calls a handler again for every step, replaying finished steps: the start is recorded in a step of its
// own (once per run, which also remembers when the run began); success after the last step, which runs once.

type RunContext = {
  event: { data: object };
  step: Parameters<typeof toWorkflowStep>[0];
  runId: string;
  attempt: number; // of the step being run, from 0
};

export async function runRecorded<T>(options: {
  type: string;
  retries: number;
  context: RunContext;
  run: (step: WorkflowStep) => Promise<T>;
}): Promise<T> {
  const { type, retries, context } = options;
  const attempts = context.attempt + 1;
  // The step's result is kept by Inngest: every later invocation sees this run's first id and start time.
  const started = (await context.step.run("record-start", async () => {
    const job: JobRef = { type, engine: "inngest", externalId: context.runId, ...jobSubjectOf(context.event.data) };
    await recordJobStarted({ job, attempts });
    return { job, startedAt: Date.now() };
  })) as { job: JobRef; startedAt: number };
  const { job } = started;
  // A failed step attempt that Inngest will retry; the last one is recorded by onFailure (recordFailure below).
  const step = toWorkflowStep(context.step, async (error) => {
    const final = context.attempt >= retries || error instanceof PermanentJobError || error instanceof NonRetriableError;
    if (!final) await recordJobFailed({ job, attempts, error: toError(error), final: false });
  });
  const result = await options.run(step);
  await recordJobSucceeded({ job, attempts, result, seconds: (Date.now() - started.startedAt) / 1000 });
  return result;
}

/** The onFailure handler: Inngest calls it once a run has failed for good (retries exhausted, or non-retriable). */
export function recordFailure(type: string) {
  return async ({ event, error }: FailureEventArgs<Pick<AppEvent, "name" | "data">>) => {
    const job: JobRef = { type, engine: "inngest", externalId: event.data.run_id, ...jobSubjectOf(event.data.event.data) };
    await recordJobFailed({ job, error, final: true });
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
