import type { AppEvent } from "@/inngest/events";

// The minimal step interface every workflow is written against. Inngest's `step` has these two methods; the
// BullMQ driver implements them by memoizing step results in the job's data, so a retried job skips finished steps.
export type WorkflowStep = {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sendEvent(id: string, events: AppEvent | AppEvent[]): Promise<unknown>;
};

/** Sends events from inside a running step (idempotent by event id), e.g. a batch to classify while paging. */
export type EmitEvents = (events: AppEvent[]) => Promise<void>;

export type WorkflowContext<TData> = { data: TData; step: WorkflowStep; emit: EmitEvents };
