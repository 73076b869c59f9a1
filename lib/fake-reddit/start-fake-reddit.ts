import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { applyFault } from "@/lib/fake-reddit/apply-fault";
import { checkClient, unauthorized } from "@/lib/fake-reddit/check-client";
import { json, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import type { FakeOptions, FakeState, Scenario } from "@/lib/fake-reddit/fake-types";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import { handleToken } from "@/lib/fake-reddit/handle-token";
import { pickFault } from "@/lib/fake-reddit/pick-fault";
import { isArcticShift, routeApi } from "@/lib/fake-reddit/route-api";
import { trackRateLimit } from "@/lib/fake-reddit/track-rate-limit";

export type { FakeOptions } from "@/lib/fake-reddit/fake-types";
export type FakeReddit = { url: string; port: number; state: FakeState; setScenario(s: Scenario): void; close(): Promise<void> };

// A Reddit + Arctic Shift stand-in on plain node:http: token endpoint, search, comments, morechildren and Arctic
// Shift search over a synthetic corpus, with switchable faults (POST /__scenario), settings (POST /__options: token
// lifetime, rate limit, caps) and a request log (GET /__log). Port 0 picks a free port.
export async function startFakeReddit(options: FakeOptions = {}): Promise<FakeReddit> {
  const state: FakeState = {
    corpus: options.corpus ?? generateCorpus(),
    scenario: options.scenario ?? { name: "normal" },
    clock: options.clock ?? Date.now,
    tokenExpiresIn: options.tokenExpiresIn ?? 86400,
    clients: options.clients,
    rateLimit: options.rateLimit ?? { max: 1000, windowSeconds: 600 },
    searchCap: options.searchCap ?? 250,
    listingCap: options.listingCap ?? 1000,
    commentBudget: options.commentBudget ?? 10,
    maxDepth: options.maxDepth ?? 4,
    moreChildrenBatch: options.moreChildrenBatch ?? 20,
    tokens: new Map(),
    windows: new Map(),
    apiRequests: 0,
    faultsServed: 0,
    log: [],
  };
  const setScenario = (scenario: Scenario) => Object.assign(state, { scenario, apiRequests: 0, faultsServed: 0 });
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => answer({ state, req, res, body, setScenario }))
      .catch((error: unknown) => send(res, json({ message: String(error), error: 500 }, 500)));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    setScenario,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function answer(o: { state: FakeState; req: IncomingMessage; res: ServerResponse; body: string; setScenario: (s: Scenario) => void }): void {
  const { state, req, res } = o;
  const url = new URL(req.url ?? "/", "http://fake");
  const params = new URLSearchParams(url.search);
  if (req.method === "POST" && req.headers["content-type"]?.includes("form")) new URLSearchParams(o.body).forEach((v, k) => params.set(k, v));
  const log = (status: number) => {
    state.log.push({ method: req.method ?? "GET", path: url.pathname + url.search, userAgent: req.headers["user-agent"] ?? null, status });
    if (state.log.length > 5000) state.log.splice(0, 1000); // a long demo run must not grow without bound
  };

  if (url.pathname === "/__scenario" && req.method === "POST") {
    o.setScenario(JSON.parse(o.body || '{"name":"normal"}') as Scenario);
    return send(res, json({ scenario: state.scenario }));
  }
  if (url.pathname === "/__scenario") return send(res, json({ scenario: state.scenario }));
  if (url.pathname === "/__options" && req.method === "POST") {
    const allowed = ["tokenExpiresIn", "rateLimit", "searchCap", "listingCap", "commentBudget", "maxDepth", "moreChildrenBatch"];
    const patch = JSON.parse(o.body || "{}") as Record<string, unknown>;
    for (const key of Object.keys(patch)) if (allowed.includes(key)) Object.assign(state, { [key]: patch[key] });
    return send(res, json(Object.fromEntries(allowed.map((k) => [k, state[k as keyof FakeState]]))));
  }
  if (url.pathname === "/__log") return send(res, json({ log: state.log }));
  if (url.pathname === "/api/v1/access_token" && req.method === "POST") {
    const response = handleToken({ state, authorization: req.headers.authorization, body: o.body });
    log(response.status);
    return send(res, response);
  }

  let rateHeaders: Record<string, string> = {};
  if (isArcticShift(url.pathname) && state.scenario.name === "epoch-ratelimit-headers") {
    const rate = trackRateLimit({ state, clientId: "arctic-shift" });
    rateHeaders = rate.headers;
    if (rate.exceeded) return done(res, { ...json({ error: "Too Many Requests" }, 429), headers: rateHeaders }, log);
  } else if (!isArcticShift(url.pathname)) {
    const client = checkClient({ state, userAgent: req.headers["user-agent"], authorization: req.headers.authorization });
    if ("refusal" in client) return done(res, client.refusal, log);
    const rate = trackRateLimit({ state, clientId: client.clientId });
    rateHeaders = rate.headers;
    if (rate.exceeded) return done(res, { ...json({ message: "Too Many Requests", error: 429 }, 429), headers: rateHeaders }, log);
  }
  state.apiRequests += 1;
  const fault = pickFault({ state });
  if (fault?.name === "revoke-tokens") {
    state.tokens.clear(); // every token handed out so far is now invalid, mid-pagination
    return done(res, unauthorized(), log);
  }
  if (fault) {
    const response = applyFault({ fault, res, rateHeaders, now: state.clock() });
    log(response?.status ?? 0);
    return response ? send(res, response) : undefined;
  }
  const response = routeApi({ state, path: url.pathname, params });
  done(res, { ...response, headers: { ...rateHeaders, ...response.headers } }, log);
}

function done(res: ServerResponse, response: FakeResponse, log: (status: number) => void): void {
  log(response.status);
  send(res, response);
}

function send(res: ServerResponse, response: FakeResponse): void {
  res.writeHead(response.status, { "content-length": Buffer.byteLength(response.body), ...response.headers });
  res.end(response.body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString()));
    req.on("error", reject);
  });
}
