import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { ROLES, hasRole, type Role } from "@/lib/auth/roles";
import type { Access, RouteHandler } from "@/lib/api/with-handler";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";

// Walks every API route file × every method × (anonymous + every role) against the real handlers, database and
// Redis, and checks the 401/403 contract. A new route is covered the moment its file exists.

const API_DIR = path.resolve(import.meta.dirname, "../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// better-auth's own endpoints (sign-in, sign-out, session) are public by design and checked in lib/auth tests.
// Inngest's endpoint is authenticated by request signatures (the SDK's job), not by sessions.
const DELEGATED = new Set(["/api/auth/[...all]", "/api/inngest"]);

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

function routePattern(file: string): string {
  return "/api/" + path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/");
}

// The access policy, written down independently of the route files: a new route fails this test until it is
// listed here, and a route whose wrapper disagrees with the policy fails too.
const POLICY: Record<string, Partial<Record<(typeof METHODS)[number], Access>>> = {
  "/api/health": { GET: "public" },
  "/api/metrics": { GET: ["admin"] }, // or a bearer token: lib/api/with-handler.test.ts
  "/api/me": { GET: "signed-in" },
  "/api/users": { GET: ["admin"], POST: ["admin"] },
  "/api/users/[id]": { PATCH: ["admin"] },
  "/api/searches": { GET: ["analyst"], POST: ["analyst"] },
  "/api/searches/[id]": { GET: ["analyst"], DELETE: ["analyst"] },
  "/api/searches/[id]/summary": { GET: ["analyst"] },
  "/api/searches/[id]/items": { GET: ["analyst"] },
  "/api/searches/[id]/export": { GET: ["analyst"] },
  "/api/queue": { GET: ["annotator"] },
  "/api/queue/claims": { POST: ["annotator"], DELETE: ["annotator"] },
  "/api/corrections": { POST: ["annotator"] },
  "/api/corrections/[itemId]": { DELETE: ["annotator"] },
  "/api/annotation/stats": { GET: ["annotator"] },
  "/api/settings": { GET: ["admin"], PATCH: ["admin"] },
  "/api/guidelines": { GET: ["annotator"] },
  "/api/disagreements": { GET: ["admin"] },
  "/api/disagreements/[itemId]": { POST: ["admin"] },
  "/api/datasets": { GET: ["analyst", "annotator"], POST: ["admin"] },
  "/api/datasets/[version]": { GET: ["analyst", "annotator"] },
  "/api/datasets/[version]/files/[format]": { GET: ["analyst", "annotator"] },
};

const routes = routeFiles(API_DIR).map((file) => ({ file, pattern: routePattern(file) }));

function requestFor(pattern: string, method: string, cookie?: string): Request {
  const url = new URL(pattern.replace(/\[[^\]]+\]/g, "does-not-exist"), env.APP_URL);
  const headers: Record<string, string> = { origin: new URL(env.APP_URL).origin, "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  const hasBody = method !== "GET" && method !== "DELETE";
  return new Request(url, { method, headers, body: hasBody ? "{}" : undefined });
}

describe("every API route × role", () => {
  const accounts = {} as Record<Role, TestAccount>;

  beforeAll(async () => {
    for (const role of ROLES) accounts[role] = await createSignedInUser(role);
  });

  it("finds the route files", () => {
    expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/api/health", "/api/users", "/api/users/[id]"]));
  });

  for (const { file, pattern } of routes) {
    if (DELEGATED.has(pattern)) continue;

    it(`${pattern}: every handler goes through withHandler with the route pattern and access of the policy`, async () => {
      const mod = (await import(file)) as Record<string, RouteHandler | undefined>;
      const handlers = METHODS.filter((m) => mod[m]);
      expect(handlers.length).toBeGreaterThan(0);
      expect(Object.keys(POLICY[pattern] ?? {}).sort(), `policy entry for ${pattern}`).toEqual([...handlers].sort());
      for (const method of handlers) {
        expect(mod[method]!.route, `${method} ${pattern}`).toBe(pattern);
        expect(mod[method]!.access, `${method} ${pattern}`).toEqual(POLICY[pattern]![method]);
      }
    });

    it(`${pattern}: 401 without a session, 403 for other roles, allowed for its roles`, async () => {
      const mod = (await import(file)) as Record<string, RouteHandler | undefined>;
      const params = Promise.resolve({ id: "does-not-exist" });
      for (const method of METHODS) {
        const handler = mod[method];
        const access = POLICY[pattern]?.[method];
        if (!handler || !access) continue;
        const anonymous = await handler(requestFor(pattern, method), { params });
        if (access === "public") expect(anonymous.status, `${method} ${pattern} anonymous`).not.toBe(401);
        else expect(anonymous.status, `${method} ${pattern} anonymous`).toBe(401);

        for (const role of ROLES) {
          const response = await handler(requestFor(pattern, method, accounts[role].cookie), { params });
          const allowed = access === "public" || access === "signed-in" || hasRole(role, access);
          const label = `${method} ${pattern} as ${role} → ${response.status}`;
          if (allowed) expect([401, 403], label).not.toContain(response.status);
          else {
            expect(response.status, label).toBe(403);
            expect((await response.json()).error.code, label).toBe("forbidden");
          }
        }
      }
    });
  }
});
