import { collectDefaultMetrics, Histogram, Registry } from "prom-client";

// One Prometheus registry per process (kept on globalThis: Next loads route modules in several copies).
// Other modules register their own metrics on it.

type MetricsState = { registry: Registry; httpDuration: Histogram<"method" | "route" | "status"> };
const globalForMetrics = globalThis as unknown as { postmoodMetrics?: MetricsState };

function createState(): MetricsState {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "postmood" });
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration by route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, httpDuration };
}

export const metrics: MetricsState = (globalForMetrics.postmoodMetrics ??= createState());
