import { expect, test } from "@playwright/test";
import { signIn } from "../helpers/accounts";

// scripts/e2e-server.sh starts the server with this token (the scraper's credential).
const metricsToken = process.env.METRICS_TOKEN ?? "postmood-e2e-metrics-token";

test("health answers without a session; metrics only to an admin or with the bearer token", async ({ request, page }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", components: { database: { status: "up" }, redis: { status: "up" } } });

  await request.get("/api/users"); // a 401, recorded in the histogram
  expect((await request.get("/api/metrics")).status()).toBe(401);
  expect((await request.get("/api/metrics", { headers: { authorization: "Bearer not-the-token" } })).status()).toBe(401);

  const metrics = await request.get("/api/metrics", { headers: { authorization: `Bearer ${metricsToken}` } });
  expect(metrics.status()).toBe(200);
  expect(metrics.headers()["content-type"]).toContain("text/plain");
  const text = await metrics.text();
  expect(text).toContain("process_cpu_user_seconds_total");
  expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/users"[^}]*status="401"/);

  await signIn(page, "analyst");
  expect((await page.request.get("/api/metrics")).status()).toBe(403);
  await page.context().clearCookies();
  await signIn(page, "admin");
  expect((await page.request.get("/api/metrics")).status()).toBe(200);
});

test("a path id Next.js cannot decode (%ZZ) or carrying NUL (%00) is a JSON 404, never a 500", async ({ request }) => {
  for (const id of ["%ZZ", "abc%", "%00"]) {
    const response = await request.get(`/api/searches/${id}`);
    expect(response.status(), id).toBe(id === "%00" ? 401 : 404); // %00 decodes: the route asks for a session first
    if (id !== "%00") expect((await response.json()).error.code).toBe("not_found");
  }
  expect((await request.get("/searches/%ZZ")).status()).toBe(404); // a page's [id] too
});

