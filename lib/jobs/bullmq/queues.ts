import { Queue, type ConnectionOptions } from "bullmq";
import type { AppEvent, AppEventName } from "@/inngest/events";
import { env } from "@/lib/env";
import { createTcpConnection } from "@/lib/redis/tcp-connection";

// One BullMQ queue per event, named after the function that handles it. Queues are created lazily: a module-scope
// Queue would connect during `next build`.

export const QUEUE_FOR_EVENT: Record<AppEventName, string> = {
  "search/keyword.requested": "ingest-keyword",
  "items/batch.ingested": "classify-items",
  "datasets/threshold.reached": "build-dataset",
};

// Job options: retries with exponential backoff; finished jobs are kept for a while for the job view, then trimmed.
export const JOB_OPTIONS = {
  attempts: 4,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

export const bullPrefix = `${env.REDIS_KEY_PREFIX}bull`;

/** A connection BullMQ accepts for blocking commands (it requires maxRetriesPerRequest: null). */
export function createBullConnection(): ConnectionOptions {
  return createTcpConnection({ maxRetriesPerRequest: null, lazyConnect: false });
}

type QueueState = { connection?: ConnectionOptions; queues: Map<string, Queue> };
const globalForQueues = globalThis as unknown as { postmoodQueues?: QueueState };
const state: QueueState = (globalForQueues.postmoodQueues ??= { queues: new Map() });

export function getQueue(name: string): Queue {
  let queue = state.queues.get(name);
  if (!queue) {
    state.connection ??= createBullConnection();
    queue = new Queue(name, { connection: state.connection, prefix: bullPrefix, defaultJobOptions: JOB_OPTIONS });
    state.queues.set(name, queue);
  }
  return queue;
}

/** BullMQ job ids may not contain ':'; event ids never do, but keep the rule in one place. */
export function jobIdFor(event: AppEvent): string {
  return event.id.replaceAll(":", "-");
}

export async function closeQueues(): Promise<void> {
  await Promise.all([...state.queues.values()].map((queue) => queue.close()));
  state.queues.clear();
}

/** Job counts per queue and state, for the queue-depth metric. */
export async function readQueueDepths(): Promise<Record<string, Record<string, number>>> {
  const entries = await Promise.all(
    Object.values(QUEUE_FOR_EVENT).map(
      async (name) => [name, await getQueue(name).getJobCounts("waiting", "active", "delayed", "failed", "completed")] as const,
    ),
  );
  return Object.fromEntries(entries);
}
