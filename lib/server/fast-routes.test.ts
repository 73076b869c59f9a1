import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSearchRoute } from "@/app/api/searches/[id]/route";
import type { RouteHandler } from "@/lib/api/with-handler";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { matchFastRoute } from "@/lib/server/fast-routes";
import { serveWebHandler } from "@/lib/server/serve-web-handler";
import { callRoute, createSearch } from "@/test/helpers/annotation-fixtures";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";

// The polled status route answered by the app's own server (scripts/server.ts) must answer exactly as through
// Next.js: same status, body and headers from the same handler, over a real HTTP connection.

describe("matchFastRoute", () => {
  it("takes only a GET of a plain search id", () => {
    expect(matchFastRoute({ method: "GET", url: "/api/searches/abc-DEF_123" })?.params).toEqual({ id: "abc-DEF_123" });
    expect(matchFastRoute({ method: "GET", url: "/api/searches/abc?fields=all" })?.params).toEqual({ id: "abc" });
    for (const [method, url] of [
      ["DELETE", "/api/searches/abc"], // writes go through Next.js
      ["HEAD", "/api/searches/abc"],
      ["GET", "/api/searches/abc%00"], // escapes meet the proxy and the route's validation in Next.js
      ["GET", "/api/searches/a.b"],
      ["GET", "/api/searches/abc/summary"],
      ["GET", "/api/searches"],
      ["GET", "/searches/abc"],
    ] as const) {
      expect(matchFastRoute({ method, url }), `${method} ${url}`).toBeNull();
    }
  });
});

describe("serveWebHandler", () => {
  let server: Server;
  let base: string;
  let analyst: TestAccount;

  beforeAll(async () => {
    analyst = await createSignedInUser("analyst");
    server = createServer((request, response) => {
      const match = matchFastRoute(request);
      if (match) void serveWebHandler(match, request, response);
      else response.writeHead(599).end(); // never reached by these tests
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await getSharedTcpConnection().quit();
  });

  it("answers a signed-in analyst with the handler's own status and body", async () => {
    const search = await createSearch("fast route");
    const direct = await callRoute(getSearchRoute, {
      method: "GET", path: `/api/searches/${search.id}`, cookie: analyst.cookie, params: { id: search.id },
    });
    const response = await fetch(`${base}/api/searches/${search.id}`, { headers: { cookie: analyst.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(await response.json()).toEqual(direct.json);
  });

  it("keeps the handler's errors: 401 signed out, 404 unknown id, the caller's request id echoed", async () => {
    const signedOut = await fetch(`${base}/api/searches/whatever`);
    expect(signedOut.status).toBe(401);
    expect((await signedOut.json()).error.code).toBe("unauthenticated");

    const unknown = await fetch(`${base}/api/searches/no-such-search`, {
      headers: { cookie: analyst.cookie, "x-request-id": "req-42" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("x-request-id")).toBe("req-42");
  });

  it("passes every Set-Cookie of a handler's response as its own header, with its status and body", async () => {
    const handler = (async () => {
      const headers = new Headers({ "content-type": "text/plain" });
      headers.append("set-cookie", "a=1; Path=/; HttpOnly");
      headers.append("set-cookie", "b=2; Path=/");
      return new Response("made", { status: 201, headers });
    }) as unknown as RouteHandler;
    const own = createServer((request, response) => void serveWebHandler({ handler, params: {} }, request, response));
    await new Promise<void>((resolve) => own.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(own.address() as AddressInfo).port}/anything`);
      expect(response.status).toBe(201);
      expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/; HttpOnly", "b=2; Path=/"]);
      expect(await response.text()).toBe("made");
    } finally {
      await new Promise((resolve) => own.close(resolve));
    }
  });
});
