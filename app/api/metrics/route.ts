import { withHandler } from "@/lib/api/with-handler";
import { env } from "@/lib/env";
import { metrics } from "@/lib/metrics/registry";
import { refreshJobGauges } from "@/lib/metrics/refresh-job-gauges";

export const dynamic = "force-dynamic";

// GET /api/metrics – Prometheus text exposition (admin session, or "Authorization: Bearer $METRICS_TOKEN";
// METRICS_PUBLIC=true opens it to anyone)
export const GET = withHandler(
  { route: "/api/metrics", access: env.METRICS_PUBLIC ? "public" : ["admin"], bearerToken: env.METRICS_TOKEN },
  async () => {
    // A down Redis must neither hang the scrape nor take the other metrics with it: gauges get one second.
    await Promise.race([refreshJobGauges(), new Promise((resolve) => setTimeout(resolve, 1_000))]).catch(() => undefined);
    const body = await metrics.registry.metrics();
    return new Response(body, { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
  },
);
