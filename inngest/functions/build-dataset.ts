import { inngest } from "@/inngest/client";
import { datasetThresholdReached } from "@/inngest/events";
import { recordFailure, runRecorded } from "@/inngest/run-recorded";
import { buildDatasetWorkflow } from "@/lib/jobs/workflows/build-dataset";

const RETRIES = 4;

// One build per dataset version: Inngest runs one function per idempotency key (the version) however often the
// event arrives, and the Dataset.version constraint refuses a second build after that window. Builds run one at a
// time: each places new items in splits after the one before it. A build that fails for good marks its version
// failed (its files were never published), through the shared job recording.
export const buildDataset = inngest.createFunction(
  {
    id: "build-dataset",
    triggers: [datasetThresholdReached],
    idempotency: "event.data.version",
    concurrency: { limit: 1 },
    retries: RETRIES,
    onFailure: recordFailure("build-dataset"),
  },
  async (context) =>
    runRecorded({
      type: "build-dataset",
      retries: RETRIES,
      context,
      run: (step) =>
        buildDatasetWorkflow({ data: context.event.data, step, emit: (events) => inngest.send(events).then(() => undefined) }),
    }),
);
