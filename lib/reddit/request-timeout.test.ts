import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpContext } from "@/lib/reddit/http-context";
import { requestJson } from "@/lib/reddit/request-json";

// A hostile or broken server: it accepts the connection, then never answers, stalls the body, or sends too much.
describe("request timeout", () => {
  let server: http.Server;
  let base: string;
  let hits = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits += 1;
      if (req.url?.startsWith("/retry-tomorrow")) {
        res.writeHead(429, { "retry-after": "86400", "content-type": "text/html" }).end("<title>Too Many Requests</title>");
        return;
      }
      if (req.url?.startsWith("/huge")) {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = `"${"x".repeat(64 * 1024)}",`;
        res.write("[");
        for (let i = 0; i < 40; i++) res.write(chunk); // 2.5 MB, no content-length
        res.end('""]');
        return;
      }
      if (req.url?.startsWith("/stall-body")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"data": ');
        return; // never finishes
      }
      if (req.url?.startsWith("/slow-once") && hits % 2 === 1) return; // first attempt hangs, the retry answers
      if (req.url?.startsWith("/slow-once")) {
        res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
        return;
      }
      // "/hang": never answers at all
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const ctx = () =>
    createHttpContext({ userAgent: "test:postmood:0.1.0 (by /u/postmood-dev)", limiterKey: "timeout-test", limiterStates: new Map(), requestTimeoutMs: 150, maxRetries: 2, sleep: async () => {} });

  it("gives up on a server that never answers after bounded retries, with a clear error", async () => {
    hits = 0;
    const c = ctx();
    await expect(requestJson({ ctx: c, url: `${base}/hang` })).rejects.toMatchObject({
      code: "network",
      retryable: true,
      message: expect.stringMatching(/No complete answer from \/hang within 150 ms.*gave up after 3 attempts/),
    });
    expect(hits).toBe(3);
    expect(c.stats.retries).toBe(2);
  });

  it("times out a body that stalls after the headers", async () => {
    await expect(requestJson({ ctx: ctx(), url: `${base}/stall-body` })).rejects.toMatchObject({ code: "network" });
  });

  it("refuses an answer larger than the cap without reading it all, and does not retry it", async () => {
    hits = 0;
    const c = { ...ctx(), requestTimeoutMs: 5_000, maxBodyBytes: 1024 * 1024 };
    await expect(requestJson({ ctx: c, url: `${base}/huge` })).rejects.toMatchObject({ code: "bad-body", retryable: false, message: expect.stringMatching(/exceeds 1 MB/) });
    expect(hits).toBe(1);
    const roomy = { ...ctx(), requestTimeoutMs: 5_000, maxBodyBytes: 8 * 1024 * 1024 };
    expect(((await requestJson({ ctx: roomy, url: `${base}/huge` })) as string[]).length).toBe(41);
  });

  it("stops with a clear error when asked to wait far longer than Reddit's window", async () => {
    hits = 0;
    const slept: number[] = [];
    const c = { ...ctx(), sleep: async (ms: number) => void slept.push(ms) };
    await expect(requestJson({ ctx: c, url: `${base}/retry-tomorrow` })).rejects.toMatchObject({
      code: "rate-limited",
      retryable: false,
      message: expect.stringMatching(/asked to wait 86400 s.*longer than the 900 s/),
    });
    expect(slept).toEqual([]);
    expect(hits).toBe(1);
  });

  it("retries after a timeout and succeeds when the server recovers", async () => {
    hits = 0;
    expect(await requestJson({ ctx: ctx(), url: `${base}/slow-once` })).toEqual({ ok: true });
    expect(hits).toBe(2);
  });
});
