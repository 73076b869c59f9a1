import { Counter, Gauge, Histogram } from "prom-client";
import { metrics } from "@/lib/metrics/registry";

// Background-work metrics, on the shared registry. Kept on globalThis with it (one registration per process).

type JobMetrics = {
  jobs: Counter<"type" | "state">;
  jobDuration: Histogram<"type" | "state">;
  queueDepth: Gauge<"queue" | "state">;
  itemsIngested: Counter;
  itemsClassified: Counter;
  redditRateLimitRemaining: Gauge<"client">;
  inferenceSeconds: Histogram;
  inferenceBatchSize: Histogram;
};

const globalForJobMetrics = globalThis as unknown as { postmoodJobMetrics?: JobMetrics };
const registers = [metrics.registry];

function create(): JobMetrics {
  return {
    jobs: new Counter({ name: "postmood_jobs_total", help: "Background jobs by type and state reached", labelNames: ["type", "state"] as const, registers }),
    jobDuration: new Histogram({
      name: "postmood_job_duration_seconds",
      help: "Background job run time by type and final state",
      labelNames: ["type", "state"] as const,
      buckets: [0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900],
      registers,
    }),
    queueDepth: new Gauge({ name: "postmood_queue_jobs", help: "Jobs in each local queue by state", labelNames: ["queue", "state"] as const, registers }),
    itemsIngested: new Counter({ name: "postmood_items_ingested_total", help: "Reddit items stored by ingestion", registers }),
    itemsClassified: new Counter({ name: "postmood_items_classified_total", help: "Predictions written by classification", registers }),
    inferenceSeconds: new Histogram({
      name: "postmood_inference_batch_duration_seconds",
      help: "Time to classify one batch of items and store its predictions",
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    inferenceBatchSize: new Histogram({
      name: "postmood_inference_batch_items",
      help: "Items per classification batch",
      buckets: [1, 8, 16, 32, 64, 100, 250, 500],
      registers,
    }),
    redditRateLimitRemaining: new Gauge({
      name: "postmood_reddit_ratelimit_remaining",
      help: "Requests left in the current Reddit rate-limit window, per client",
      labelNames: ["client"] as const,
      registers,
    }),
  };
}

export const jobMetrics: JobMetrics = (globalForJobMetrics.postmoodJobMetrics ??= create());
