import { inngest } from "@/inngest/client";
import { dispatchDatasetBuildRequests } from "@/lib/datasets/dispatch-build-requests";

// The outbox sweeper: a build request whose event was never sent (the process died between commit and send) is
// sent within a few minutes. Sending twice is harmless: the event id is the version.
export const sweepDatasetRequests = inngest.createFunction(
  { id: "sweep-dataset-requests", triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => ({ sent: await step.run("dispatch", () => dispatchDatasetBuildRequests()) }),
);
