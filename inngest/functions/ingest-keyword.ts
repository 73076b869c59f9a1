import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { searchRequested } from "@/inngest/events";
import { PermanentJobError } from "@/lib/jobs/permanent-error";
import { ingestKeywordWorkflow } from "@/lib/jobs/workflows/ingest-keyword";
import { failSearch } from "@/lib/searches/search-lifecycle";
import { toWorkflowStep } from "@/inngest/to-workflow-step";

// One ingestion per normalized keyword at a time (singleton, skip): a duplicate request while one runs is dropped.
export const ingestKeyword = inngest.createFunction(
  {
    id: "ingest-keyword",
    triggers: [searchRequested],
    singleton: { key: "event.data.keyword", mode: "skip" },
    retries: 3,
    // Retries exhausted on a transient fault (permanent faults fail the search below, before giving up).
    onFailure: async ({ event, error }) => {
      await failSearch({ searchId: event.data.event.data.searchId as string, code: "job-failed", message: error.message });
    },
  },
  async ({ event, step }) => {
    try {
      return await ingestKeywordWorkflow({
        data: event.data,
        step: toWorkflowStep(step),
        emit: (events) => inngest.send(events).then(() => undefined),
      });
    } catch (error) {
      if (error instanceof PermanentJobError) {
        await failSearch({ searchId: event.data.searchId, code: error.code, message: error.message });
        throw new NonRetriableError(error.message, { cause: error });
      }
      throw error;
    }
  },
);
