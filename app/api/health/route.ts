import { withHandler } from "@/lib/api/with-handler";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

// GET /api/health – database and Redis status with latency; 503 when any is down
export const GET = withHandler({ route: "/api/health", access: "public" }, async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
