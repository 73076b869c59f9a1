import { inngest } from "@/inngest/client";
import { itemsIngested } from "@/inngest/events";
import { recordFailure, runRecorded } from "@/inngest/run-recorded";
import { classifyItemsWorkflow } from "@/lib/jobs/workflows/classify-items";

const RETRIES = 4;

// Batches of stored items → predictions. Idempotent per item and model version, so retries are safe. A batch that
// fails for good fails its search, as under BullMQ (no search may stay "classifying" forever).
export const classifyItems = inngest.createFunction(
  {
    id: "classify-items",
    triggers: [itemsIngested],
    retries: RETRIES,
    // One model per process does the work; more concurrent runs would only queue on the CPU.
    concurrency: { limit: 2 },
    onFailure: recordFailure("classify-items"),
  },
  async (context) =>
    runRecorded({
      type: "classify-items",
      retries: RETRIES,
      context,
      run: (step) =>
        classifyItemsWorkflow({ data: context.event.data, step, emit: (events) => inngest.send(events).then(() => undefined) }),
    }),
);
