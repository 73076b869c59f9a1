import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestAccount } from "@/test/helpers/sessions";

// Who may cancel a search, and what a second request for a running keyword gets, through the real route handlers,
// Redis lock and database. No workers run: searches stay queued, i.e. running, for as long as the test needs.
process.env.REDIS_KEY_PREFIX = `postmood-test-${randomUUID().slice(0, 8)}:`; // fresh locks and queues for this file

let app: Awaited<ReturnType<typeof load>>;
let owner: TestAccount;
let other: TestAccount;
let admin: TestAccount;

async function load() {
  const [routes, detail, db, queues, sessions] = await Promise.all([
    import("@/app/api/searches/route"),
    import("@/app/api/searches/[id]/route"),
    import("@/lib/db"),
    import("@/lib/jobs/bullmq/queues"),
    import("@/test/helpers/sessions"),
  ]);
  const origin = new URL(process.env.APP_URL ?? "http://localhost:3000").origin;
  const post = (account: TestAccount, body: object) =>
    routes.POST(
      new Request(`${origin}/api/searches`, {
        method: "POST",
        headers: { origin, cookie: account.cookie, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );
  const get = (cookie: string, id: string) =>
    detail.GET(new Request(`${origin}/api/searches/${id}`, { headers: { cookie } }), { params: Promise.resolve({ id }) });
  const cancel = (account: TestAccount, id: string) =>
    detail.DELETE(new Request(`${origin}/api/searches/${id}`, { method: "DELETE", headers: { origin, cookie: account.cookie } }), {
      params: Promise.resolve({ id }),
    });
  return { post, get, cancel, prisma: db.prisma, queues, sessions };
}

const keyword = () => `keyword ${randomUUID().slice(0, 8)}`;

describe("searches: cancel rights and a running keyword", () => {
  beforeAll(async () => {
    app = await load();
    [owner, other, admin] = await Promise.all([
      app.sessions.createSignedInUser("analyst"),
      app.sessions.createSignedInUser("analyst"),
      app.sessions.createSignedInUser("admin"),
    ]);
  });
  afterAll(async () => app?.queues.closeQueues());

  it("lets only the analyst who started a search, or an admin, cancel it", async () => {
    const first = await (await app.post(owner, { keyword: keyword(), limit: 20 })).json();
    const refused = await app.cancel(other, first.searchId);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatchObject({ code: "forbidden", message: expect.stringMatching(/started this search/) });
    expect((await app.prisma.search.findUniqueOrThrow({ where: { id: first.searchId } })).status).toBe("queued");
    expect((await app.cancel(owner, first.searchId)).status).toBe(200);

    const second = await (await app.post(owner, { keyword: keyword(), limit: 20 })).json();
    expect((await app.cancel(admin, second.searchId)).status).toBe(200);
    expect((await app.prisma.search.findUniqueOrThrow({ where: { id: second.searchId } })).status).toBe("cancelled");
  });

  it("answers 409 with the running search to a request with other options, and joins one with the same options", async () => {
    const word = keyword();
    const started = await app.post(owner, { keyword: word, limit: 50, subreddits: ["rust"] });
    expect(started.status).toBe(201);
    const { searchId } = await started.json();

    const conflict = await app.post(other, { keyword: word.toUpperCase(), limit: 60, subreddits: ["rust"] });
    expect(conflict.status).toBe(409);
    const { error } = await conflict.json();
    expect(error).toMatchObject({ code: "conflict", runningSearch: { id: searchId, status: "queued", options: { limit: 50 } } });
    expect(error.message).toMatch(/already being searched with other options/);

    // the same options in another order and spelling of the subreddit: the same search
    const joined = await app.post(other, { subreddits: ["r/rust"], limit: 50, keyword: ` ${word} ` });
    expect(joined.status).toBe(202);
    expect(await joined.json()).toMatchObject({ searchId, outcome: "running" });
    expect(await app.prisma.search.count({ where: { normalizedKeyword: word } })).toBe(1);

    // once cancelled, the other options start their own search
    await app.cancel(owner, searchId);
    const own = await app.post(other, { keyword: word, limit: 60, subreddits: ["rust"] });
    expect(own.status).toBe(201);
  });

  it("serves GET from a view cached for SEARCH_VIEW_CACHE_S; a cancel is seen at once", async () => {
    const { searchId } = await (await app.post(owner, { keyword: keyword(), limit: 20 })).json();
    expect((await (await app.get(owner.cookie, searchId)).json()).status).toBe("queued");
    await app.prisma.search.update({ where: { id: searchId }, data: { status: "ingesting" } });
    expect((await (await app.get(owner.cookie, searchId)).json()).status).toBe("queued"); // the cached view
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await (await app.get(owner.cookie, searchId)).json()).status).toBe("ingesting");
    await app.cancel(owner, searchId);
    expect((await (await app.get(owner.cookie, searchId)).json()).status).toBe("cancelled");
  });

  it("reads trust the signed session cookie cache; writes always check the session in the database", async () => {
    const { auth } = await import("@/lib/auth/auth");
    const analyst = await app.sessions.createSignedInUser("analyst");
    const signIn = await auth.api.signInEmail({ body: { email: analyst.email, password: analyst.password }, asResponse: true });
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect(cookie).toMatch(/session_data=/);
    const { searchId } = await (await app.post(owner, { keyword: keyword(), limit: 20 })).json();

    // The session is revoked in the database (what signing out everywhere or disabling the user does).
    await app.prisma.session.deleteMany({ where: { userId: analyst.id } });
    expect((await app.get(cookie, searchId)).status).toBe(200); // up to SESSION_COOKIE_CACHE_S
    expect((await app.get(analyst.cookie, searchId)).status).toBe(401); // no cache cookie: the database says no
    expect((await app.cancel({ ...analyst, cookie }, searchId)).status).toBe(401);
  });
});
