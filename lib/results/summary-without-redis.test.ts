import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchSummary } from "@/lib/results/types";

// GET /api/searches/:id/summary of a stopped search while Redis is down: the real client, pointed at a port nothing
// listens on, fails every command, and the summary is counted live instead of answering 500. REDIS_URL is read when
// lib/env is first imported, so it is set before anything else is loaded.

/** A port the OS just handed out and took back: nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function load() {
  const [summary, fixtures, sessions, tcp] = await Promise.all([
    import("@/app/api/searches/[id]/summary/route"),
    import("@/test/helpers/annotation-fixtures"),
    import("@/test/helpers/sessions"),
    import("@/lib/redis/tcp-connection"),
  ]);
  return { summaryRoute: summary.GET, ...fixtures, ...sessions, tcp };
}

describe("the summary of a stopped search with Redis down", () => {
  let app: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${await closedPort()}`;
    app = await load();
  });
  afterAll(() => app?.tcp.getSharedTcpConnection().disconnect());

  it("is counted live, whole and filtered, instead of failing", async () => {
    const analyst = await app.createSignedInUser("analyst");
    const model = app.createModel();
    const search = await app.createSearch(); // status done: its counts would be kept in Redis
    await app.createPredictedItem({ model, searchId: search.id, subreddit: "SteamDeck", probabilities: { negative: 0.1, neutral: 0.1, positive: 0.8 } });
    await app.createPredictedItem({ model, searchId: search.id, subreddit: "rust", probabilities: { negative: 0.7, neutral: 0.2, positive: 0.1 } });

    const summaryOf = async (params: string) => {
      const path = `/api/searches/${search.id}/summary?${params}`;
      return app.callRoute(app.summaryRoute, { method: "GET", path, cookie: analyst.cookie, params: { id: search.id } }) as Promise<{
        status: number;
        json: SearchSummary;
      }>;
    };
    const whole = await summaryOf("");
    expect(whole.status, JSON.stringify(whole.json)).toBe(200);
    expect(whole.json).toMatchObject({ total: 2, labels: { negative: 1, neutral: 0, positive: 1 } });
    const filtered = await summaryOf("subreddit=rust");
    expect(filtered.status, JSON.stringify(filtered.json)).toBe(200);
    expect(filtered.json).toMatchObject({ total: 1, labels: { negative: 1, neutral: 0, positive: 0 } });
  });
});
