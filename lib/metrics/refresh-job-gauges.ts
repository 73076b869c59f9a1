import { jobEngine } from "@/lib/jobs/engine";
import { jobMetrics } from "@/lib/metrics/jobs";
import { readRateLimitStates } from "@/lib/reddit/http-context";

// Gauges read at scrape time: queue depth from BullMQ, rate-limit headroom from this process's Reddit clients.
export async function refreshJobGauges(): Promise<void> {
  for (const [client, state] of readRateLimitStates()) {
    if (state.remaining !== null) jobMetrics.redditRateLimitRemaining.set({ client }, state.remaining);
  }
  if (jobEngine !== "bullmq") return;
  const { readQueueDepths } = await import("@/lib/jobs/bullmq/queues");
  for (const [queue, counts] of Object.entries(await readQueueDepths())) {
    for (const [state, count] of Object.entries(counts)) jobMetrics.queueDepth.set({ queue, state }, count);
  }
}
