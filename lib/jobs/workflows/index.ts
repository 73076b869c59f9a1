import type { AppEvent, AppEventName } from "@/inngest/events";
import type { WorkflowContext } from "@/lib/jobs/workflow-step";
import { buildDatasetWorkflow } from "@/lib/jobs/workflows/build-dataset";
import { classifyItemsWorkflow } from "@/lib/jobs/workflows/classify-items";
import { ingestKeywordWorkflow } from "@/lib/jobs/workflows/ingest-keyword";

type DataOf<N extends AppEventName> = Extract<AppEvent, { name: N }>["data"];

// Which workflow handles which event, for the local driver (Inngest functions bind the same workflows by trigger).
export const WORKFLOWS: { [N in AppEventName]: (context: WorkflowContext<DataOf<N>>) => Promise<unknown> } = {
  "search/keyword.requested": ingestKeywordWorkflow,
  "items/batch.ingested": classifyItemsWorkflow,
  "datasets/threshold.reached": buildDatasetWorkflow,
};
