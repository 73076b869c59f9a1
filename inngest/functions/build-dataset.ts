import { inngest } from "@/inngest/client";
import { datasetThresholdReached } from "@/inngest/events";
import { toWorkflowStep } from "@/inngest/to-workflow-step";
import { markDatasetFailed } from "@/lib/datasets/finish-dataset";
import { buildDatasetWorkflow } from "@/lib/jobs/workflows/build-dataset";

// One build per dataset version: Inngest runs one function per idempotency key (the version) however often the
// event arrives, and the Dataset.version constraint refuses a second build after that window. Builds run one at a
// time: each places new items in splits after the one before it.
export const buildDataset = inngest.createFunction(
  {
    id: "build-dataset",
    triggers: [datasetThresholdReached],
    idempotency: "event.data.version",
    concurrency: { limit: 1 },
    retries: 4,
    onFailure: async ({ event, error }) => {
      await markDatasetFailed({ version: event.data.event.data.version as number, message: error.message });
    },
  },
  async ({ event, step }) =>
    buildDatasetWorkflow({
      data: event.data,
      step: toWorkflowStep(step),
      emit: (events) => inngest.send(events).then(() => undefined),
    }),
);
