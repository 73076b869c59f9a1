import type { AppEvent } from "@/inngest/events";
import type { WorkflowStep } from "@/lib/jobs/workflow-step";

type InngestStep = {
  run: (id: string, fn: () => Promise<unknown>) => Promise<unknown>;
  sendEvent: (id: string, events: AppEvent | AppEvent[]) => Promise<unknown>;
};

// Inngest's `step` already has run() and sendEvent(); only its types differ (run() returns the JSON form of the
// result, which for our plain-JSON step results is the same value). `onStepError` sees each failed step attempt
// before Inngest does (Inngest retries the step; the function's handler never sees the error).
export function toWorkflowStep(step: InngestStep, onStepError?: (error: unknown) => Promise<void>): WorkflowStep {
  return {
    run: <T>(id: string, fn: () => Promise<T>) =>
      step.run(id, async () => {
        try {
          return await fn();
        } catch (error) {
          await onStepError?.(error);
          throw error;
        }
      }) as Promise<T>,
    sendEvent: (id, events) => step.sendEvent(id, events),
  };
}
