import { expect, test } from "@playwright/test";

test("health and metrics answer without a session", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", components: { database: { status: "up" }, redis: { status: "up" } } });

  await request.get("/api/users"); // a 401, recorded in the histogram
  const metrics = await request.get("/api/metrics");
  expect(metrics.headers()["content-type"]).toContain("text/plain");
  const text = await metrics.text();
  expect(text).toContain("process_cpu_user_seconds_total");
  expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/users"[^}]*status="401"/);
});
