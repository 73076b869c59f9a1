import { withHandler } from "@/lib/api/with-handler";
import { metrics } from "@/lib/metrics/registry";

export const dynamic = "force-dynamic";

// GET /api/metrics – Prometheus text exposition
export const GET = withHandler({ route: "/api/metrics", access: "public" }, async () => {
  const body = await metrics.registry.metrics();
  return new Response(body, { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
});
