import type { DatasetBuildRequestedData } from "@/inngest/events";
import type { WorkflowContext } from "@/lib/jobs/workflow-step";
import { claimDatasetVersion } from "@/lib/datasets/claim-dataset-version";
import { writeDatasetFiles } from "@/lib/datasets/files/write-dataset-files";
import { takeDatasetSnapshot } from "@/lib/datasets/snapshot/take-dataset-snapshot";
import { getDatasetStorage } from "@/lib/datasets/storage/get-dataset-storage";

// datasets/threshold.reached → build the reserved version: claim its row (unique per version), decide its content
// in one snapshot transaction, then write, publish and mark ready its files. Each step is safe to run again: a
// retried job skips finished steps (both engines memoize them), and a redelivered event finds the version ready and
// is refused, since versions are immutable.
export async function buildDatasetWorkflow({ data, step }: WorkflowContext<DatasetBuildRequestedData>) {
  const claimed = await step.run("claim-version", () => claimDatasetVersion(data));
  if (claimed.status !== "building") {
    return { version: data.version, refused: `version ${data.version} is ${claimed.status} already; versions are never rebuilt` };
  }
  const snapshot = await step.run("snapshot", () => takeDatasetSnapshot({ version: data.version }));
  const files = await step.run("write-files", () => writeDatasetFiles({ version: data.version, storage: getDatasetStorage() }));
  return { version: data.version, items: snapshot.itemCount, files: files.map((file) => file.fileName) };
}
