import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";

describe("checkHealth", () => {
  it("reports the real database and Redis as up, with latencies", async () => {
    const health = await checkHealth();
    expect(health.status).toBe("ok");
    expect(health.components.database).toMatchObject({ status: "up" });
    expect(health.components.redis).toMatchObject({ status: "up" });
    expect(health.components.database!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("is degraded when a component fails or hangs, and says why", async () => {
    const health = await checkHealth({
      broken: async () => {
        throw new Error("connection refused");
      },
      hung: () => new Promise(() => {}),
    });
    expect(health.status).toBe("degraded");
    expect(health.components.broken).toMatchObject({ status: "down", error: "connection refused" });
    expect(health.components.hung).toMatchObject({ status: "down", error: "no answer within 2000 ms" });
    expect(health.components.database).toMatchObject({ status: "up" });
  });
});
