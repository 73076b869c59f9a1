import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestAccount } from "@/test/helpers/sessions";

// Input an attacker would try, through the real route handlers: never a 500 (nor a false 503), always a 4xx that
// names the problem.
process.env.REDIS_KEY_PREFIX = `postmood-test-${randomUUID().slice(0, 8)}:`;

let m: Awaited<ReturnType<typeof load>>;
let analyst: TestAccount;
let admin: TestAccount;
const origin = new URL(process.env.APP_URL ?? "http://localhost:3000").origin;

async function load() {
  const [searches, search, users, user, queues, sessions] = await Promise.all([
    import("@/app/api/searches/route"),
    import("@/app/api/searches/[id]/route"),
    import("@/app/api/users/route"),
    import("@/app/api/users/[id]/route"),
    import("@/lib/jobs/bullmq/queues"),
    import("@/test/helpers/sessions"),
  ]);
  return { searches, search, users, user, queues, sessions };
}

function send(method: string, path: string, cookie: string, body?: object) {
  return new Request(`${origin}${path}`, {
    method,
    headers: { origin, cookie, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}

describe("API input that used to give 500 or 503", () => {
  beforeAll(async () => {
    m = await load();
    [analyst, admin] = await Promise.all([m.sessions.createSignedInUser("analyst"), m.sessions.createSignedInUser("admin")]);
  });
  afterAll(async () => m?.queues.closeQueues());

  it("a NUL in a search keyword is 422 on the keyword field, not 503 'engine unreachable'", async () => {
    const response = await m.searches.POST(send("POST", "/api/searches", analyst.cookie, { keyword: "steam\u0000deck" }), { params: Promise.resolve({}) });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("keyword");
  });

  it("a NUL in a user name is 422 on the name field", async () => {
    const body = { email: `nul-${randomUUID().slice(0, 8)}@test.postmood.local`, name: "Eve\u0000", password: "password-1", role: "analyst" };
    const response = await m.users.POST(send("POST", "/api/users", admin.cookie, body), { params: Promise.resolve({}) });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("name");
  });

  it("%00 and %ZZ in a path id are 404 (as Next.js hands them over, decoded or not)", async () => {
    for (const id of ["\u0000", "%00", "%ZZ", "abc%"]) {
      const path = `/api/searches/${encodeURIComponent(id)}`;
      const read = await m.search.GET(send("GET", path, analyst.cookie), { params: Promise.resolve({ id }) });
      expect(read.status, `GET ${JSON.stringify(id)}`).toBe(404);
      const cancel = await m.search.DELETE(send("DELETE", path, analyst.cookie), { params: Promise.resolve({ id }) });
      expect(cancel.status, `DELETE ${JSON.stringify(id)}`).toBe(404);
      const update = await m.user.PATCH(send("PATCH", `/api/users/${encodeURIComponent(id)}`, admin.cookie, { role: "analyst" }), { params: Promise.resolve({ id }) });
      expect(update.status, `PATCH user ${JSON.stringify(id)}`).toBe(404);
    }
  });

  it("an undecodable escape (%ZZ) in an API path is a JSON 404 from the proxy (Next.js itself gave a bare 500)", async () => {
    const [{ proxy }, { NextRequest }] = await Promise.all([import("@/proxy"), import("next/server")]);
    for (const path of ["/api/searches/%ZZ", "/api/searches/abc%", "/api/users/%zz/x"]) {
      const response = proxy(new NextRequest(`${origin}${path}`));
      expect(response.status, path).toBe(404);
      expect((await response.json()).error.code, path).toBe("not_found");
    }
    // a well-formed escape goes on to the route (which answers for itself), and so does every path without "%"
    // a well-formed escape goes on to the route, which answers for itself (e2e/ops/health.spec.ts: the real server)
    expect(proxy(new NextRequest(`${origin}/api/searches/a%20b`)).headers.get("x-middleware-next")).toBe("1");
  });
});
