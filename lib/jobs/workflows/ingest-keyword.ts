import type { SearchRequestedData } from "@/inngest/events";
import { PermanentJobError } from "@/lib/jobs/permanent-error";
import type { WorkflowContext } from "@/lib/jobs/workflow-step";
import { runIngestion } from "@/lib/searches/run-ingestion";
import { finishIngestion, markSearchIngesting } from "@/lib/searches/search-lifecycle";

// search/keyword.requested → fetch, normalize and store everything the keyword matches, handing stored pages to
// classification as they land; then mark ingestion finished. The same code runs under Inngest and BullMQ.
export async function ingestKeywordWorkflow({ data, step, emit }: WorkflowContext<SearchRequestedData>) {
  const runnable = await step.run("mark-ingesting", () => markSearchIngesting({ searchId: data.searchId }));
  if (!runnable) return { searchId: data.searchId, skipped: "search is no longer active" };
  const result = await step.run("ingest", () => runIngestion({ searchId: data.searchId, emit }));
  if (result.permanentError) throw new PermanentJobError(result.permanentError.code, result.permanentError.message);
  await step.run("finish-ingestion", () => finishIngestion({ searchId: data.searchId }));
  return { searchId: data.searchId, ...result };
}
