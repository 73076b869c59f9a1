import { inngest } from "@/inngest/client";
import { itemsIngested } from "@/inngest/events";
import { classifyItemsWorkflow } from "@/lib/jobs/workflows/classify-items";
import { toWorkflowStep } from "@/inngest/to-workflow-step";

// Batches of stored items → predictions. Idempotent per item and model version, so retries are safe.
export const classifyItems = inngest.createFunction(
  {
    id: "classify-items",
    triggers: [itemsIngested],
    retries: 4,
    // One model per process does the work; more concurrent runs would only queue on the CPU.
    concurrency: { limit: 2 },
  },
  async ({ event, step }) =>
    classifyItemsWorkflow({
      data: event.data,
      step: toWorkflowStep(step),
      emit: (events) => inngest.send(events).then(() => undefined),
    }),
);
