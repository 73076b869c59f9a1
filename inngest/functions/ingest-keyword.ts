import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { searchRequested } from "@/inngest/events";
import { recordFailure, runRecorded } from "@/inngest/run-recorded";
import { PermanentJobError } from "@/lib/jobs/permanent-error";
import { ingestKeywordWorkflow } from "@/lib/jobs/workflows/ingest-keyword";
import { failSearch } from "@/lib/searches/search-lifecycle";

const RETRIES = 3;

// One ingestion per normalized keyword at a time (singleton, skip): a duplicate request while one runs is dropped.
export const ingestKeyword = inngest.createFunction(
  {
    id: "ingest-keyword",
    triggers: [searchRequested],
    singleton: { key: "event.data.keyword", mode: "skip" },
    retries: RETRIES,
    // Retries exhausted on a transient fault (permanent faults fail the search below, before giving up).
    onFailure: recordFailure("ingest-keyword"),
  },
  async (context) => {
    const { event } = context;
    try {
      return await runRecorded({
        type: "ingest-keyword",
        retries: RETRIES,
        context,
        run: (step) => ingestKeywordWorkflow({ data: event.data, step, emit: (events) => inngest.send(events).then(() => undefined) }),
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
