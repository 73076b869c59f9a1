import type { DatasetBuildRequestedData } from "@/inngest/events";
import type { WorkflowContext } from "@/lib/jobs/workflow-step";
import { PermanentJobError } from "@/lib/jobs/permanent-error";

// datasets/threshold.reached → build the reserved dataset version. (Scaffold for the datasets capability.)
export async function buildDatasetWorkflow({ data }: WorkflowContext<DatasetBuildRequestedData>) {
  throw new PermanentJobError("not-implemented", `dataset version ${data.version}: the builder is not written yet`);
}
