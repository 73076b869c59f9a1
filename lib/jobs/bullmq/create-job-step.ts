import type { Job } from "bullmq";
import type { AppEvent } from "@/inngest/events";
import { sendEvents } from "@/lib/jobs/send-events";
import type { WorkflowStep } from "@/lib/jobs/workflow-step";

export type JobData = { event: AppEvent; steps: Record<string, unknown> };

// Inngest-style durable steps on BullMQ: a finished step's result is written into the job's data, so when the job
// is retried (or picked up by another worker after a crash) finished steps return their saved result instead of
// running again.
export function createJobStep(job: Job<JobData>): WorkflowStep {
  return {
    async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
      if (Object.hasOwn(job.data.steps, id)) return job.data.steps[id] as T;
      const result = await fn();
      await job.updateData({ ...job.data, steps: { ...job.data.steps, [id]: result === undefined ? null : result } });
      return result;
    },
    async sendEvent(_id, events) {
      await sendEvents(Array.isArray(events) ? events : [events]);
    },
  };
}
