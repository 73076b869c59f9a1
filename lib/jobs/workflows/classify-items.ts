import type { ItemsIngestedData } from "@/inngest/events";
import type { WorkflowContext } from "@/lib/jobs/workflow-step";
import { jobMetrics } from "@/lib/metrics/jobs";
import { classifyItems } from "@/lib/sentiment/classify-items";
import { completeSearchIfDone, isSearchActive } from "@/lib/searches/search-lifecycle";

// items/batch.ingested → predict sentiment for a batch of stored items (items that already have a prediction for
// the current model version are skipped, so a redelivered batch writes nothing), then update the search's progress.
export async function classifyItemsWorkflow({ data, step }: WorkflowContext<ItemsIngestedData>) {
  const active = await step.run("check-search", () => isSearchActive({ searchId: data.searchId }));
  if (!active) return { searchId: data.searchId, classified: 0, skipped: "search is no longer active" };
  const classified = await step.run("classify", async () => {
    const stopTimer = jobMetrics.inferenceSeconds.startTimer();
    const count = await classifyItems({ itemIds: data.itemIds });
    stopTimer();
    jobMetrics.inferenceBatchSize.observe(data.itemIds.length);
    jobMetrics.itemsClassified.inc(count);
    return count;
  });
  const done = await step.run("record-progress", () => completeSearchIfDone({ searchId: data.searchId, itemIds: data.itemIds }));
  return { searchId: data.searchId, classified, searchDone: done };
}
