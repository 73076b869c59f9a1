import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeReddit, type FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";

// Runs the real Inngest functions through a real Inngest dev server (`npx inngest-cli dev`, or a self-hosted
// `inngest start`) when INNGEST_DEV_URL points at one. This machine cannot run that server (no binary, no Go
// toolchain new enough), so here the test is skipped with its reason printed.
const devUrl = process.env.INNGEST_DEV_URL;
if (!devUrl) {
  console.warn("inngest/dev-server.test.ts skipped: set INNGEST_DEV_URL (e.g. http://127.0.0.1:8288) to run it against a dev server.");
}

describe.skipIf(!devUrl)("Inngest functions on a real dev server", () => {
  let fake: FakeReddit;
  let server: http.Server;

  beforeAll(async () => {
    fake = await startFakeReddit();
    Object.assign(process.env, {
      INNGEST_DEV: "1",
      INNGEST_BASE_URL: devUrl,
      REDIS_KEY_PREFIX: `postmood-test-${randomUUID().slice(0, 8)}:`,
      REDDIT_AUTH_BASE_URL: fake.url,
      REDDIT_API_BASE_URL: fake.url,
      REDDIT_CLIENT_ID: "postmood-test",
      REDDIT_CLIENT_SECRET: "secret",
    });
    const [{ serve }, { inngest }, { functions }] = await Promise.all([
      import("inngest/node"),
      import("@/inngest/client"),
      import("@/inngest"),
    ]);
    server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on("request", serve({ client: inngest, functions, serveOrigin: origin, servePath: "/api/inngest" }));
    // Register the app with the dev server (what the dev server's auto-discovery or a deploy hook would do).
    const registered = await fetch(`${origin}/api/inngest`, { method: "PUT" });
    expect(registered.ok).toBe(true);
  });

  afterAll(async () => {
    server?.close();
    await fake?.close();
  });

  it("ingests and classifies a keyword end to end through the dev server", async () => {
    const [{ prisma }, { sendEvents }] = await Promise.all([import("@/lib/db"), import("@/lib/jobs/send-events")]);
    const search = await prisma.search.create({ data: { keyword: "ollama", normalizedKeyword: "ollama", options: { limit: 50 } } });
    await sendEvents([{ id: `search-requested-${search.id}`, name: "search/keyword.requested", data: { searchId: search.id, keyword: "ollama" } }]);
    const deadline = Date.now() + 120_000;
    let status = "queued";
    while (Date.now() < deadline && !["done", "failed"].includes(status)) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await prisma.search.findUniqueOrThrow({ where: { id: search.id } })).status;
    }
    const done = await prisma.search.findUniqueOrThrow({ where: { id: search.id } });
    expect(done.status).toBe("done");
    expect(done.classifiedCount).toBe(done.storedCount);
  }, 180_000);
});
