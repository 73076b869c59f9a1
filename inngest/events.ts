import { eventType } from "inngest";
import { z } from "zod";

// Every event the app sends, typed once. Names follow `domain/noun.verb`. Each send carries a deterministic `id`, so
// a retried send is dropped by the engine (Inngest dedups event ids for 24 h; BullMQ uses it as the job id).

export const searchRequestedSchema = z.object({
  searchId: z.string().min(1),
  keyword: z.string().min(1), // normalized: the singleton key
});
export const searchRequested = eventType("search/keyword.requested", { schema: searchRequestedSchema });

export const itemsIngestedSchema = z.object({
  searchId: z.string().min(1),
  itemIds: z.array(z.string().min(1)).min(1),
});
export const itemsIngested = eventType("items/batch.ingested", { schema: itemsIngestedSchema });

export const datasetBuildRequestedSchema = z.object({
  version: z.number().int().positive(), // reserved in the outbox; the idempotency key of the build
  trigger: z.enum(["threshold", "manual"]),
});
export const datasetThresholdReached = eventType("datasets/threshold.reached", { schema: datasetBuildRequestedSchema });

export type SearchRequestedData = z.infer<typeof searchRequestedSchema>;
export type ItemsIngestedData = z.infer<typeof itemsIngestedSchema>;
export type DatasetBuildRequestedData = z.infer<typeof datasetBuildRequestedSchema>;

export type AppEvent =
  | { id: string; name: "search/keyword.requested"; data: SearchRequestedData }
  | { id: string; name: "items/batch.ingested"; data: ItemsIngestedData }
  | { id: string; name: "datasets/threshold.reached"; data: DatasetBuildRequestedData };
export type AppEventName = AppEvent["name"];
