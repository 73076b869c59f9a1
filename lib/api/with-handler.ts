import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError, errorResponse, validationError } from "@/lib/api/errors";
import { isSameOrigin } from "@/lib/api/same-origin";
import { getSessionUser, type SessionUser } from "@/lib/auth/get-session-user";
import { hasRole, type Role } from "@/lib/auth/roles";
import { moduleLogger } from "@/lib/logger";
import { metrics } from "@/lib/metrics/registry";
import { getClientAddress } from "@/lib/api/client-address";
import { hasBearerToken } from "@/lib/api/bearer-token";
import { readPathParams, refuseNul } from "@/lib/api/refuse-unstorable-input";
import { readBodyText } from "@/lib/api/read-body";
import { createRateLimiter, retryAfterSeconds } from "@/lib/redis/rate-limit";

// The one wrapper every API route goes through: CSRF check, auth (401 vs 403), body/query/path parsing (size cap,
// NUL characters, undecodable ids), error mapping, request id, latency metric. Route files stay a few lines long.

const log = moduleLogger("api");

/** "public": anyone; "signed-in": any role; or the roles allowed (admins always pass). */
export type Access = "public" | "signed-in" | readonly Role[];

type Context<TBody, TQuery, TParams> = {
  request: Request;
  user: SessionUser;
  params: TParams;
  body: TBody;
  query: TQuery;
  requestId: string;
};

type Options<TBody, TQuery, TParams> = {
  route: string; // the route pattern, e.g. "/api/users/[id]": the metric label and the access test's key
  access: Access;
  body?: z.ZodType<TBody>;
  query?: z.ZodType<TQuery>;
  params?: z.ZodType<TParams>; // the path's [segments]; a bad one is a 422 naming it, like a bad query field
  // Requests per caller (the user, or the client address on public routes) per sliding window, shared via Redis.
  rateLimit?: { max: number; windowSeconds: number };
  // Machine callers (a Prometheus scraper): "Authorization: Bearer <token>" passes the access check without a
  // session; the handler then gets no user. Unset or empty: sessions only.
  bearerToken?: string;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & {
  route: string;
  access: Access;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function withHandler<TBody = undefined, TQuery = undefined, TParams = Record<string, string>>(
  options: Options<TBody, TQuery, TParams>,
  handler: (context: Context<TBody, TQuery, TParams>) => Promise<Response | unknown>,
): RouteHandler {
  const limit = options.rateLimit && createRateLimiter({ name: `api:${options.route}`, ...options.rateLimit });
  const wrapped = async (request: Request, routeContext: RouteContext): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    const started = performance.now();
    let response: Response;
    try {
      response = await run(request, routeContext, requestId);
    } catch (error) {
      response = toErrorResponse(error, request, requestId);
    }
    response.headers.set("x-request-id", requestId);
    metrics.httpDuration.observe(
      { method: request.method, route: options.route, status: String(response.status) },
      (performance.now() - started) / 1000,
    );
    return response;
  };

  async function run(request: Request, routeContext: RouteContext, requestId: string): Promise<Response> {
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      throw new AppError(403, "csrf_rejected", "Cross-site request refused: the Origin header does not match this app.");
    }
    const machine = hasBearerToken(request, options.bearerToken);
    // Reads may use the cached session (see SESSION_COOKIE_CACHE_S); writes always check the database.
    const cached = SAFE_METHODS.has(request.method);
    const user = options.access === "public" || machine ? null : await getSessionUser(request.headers, { cached });
    if (options.access !== "public" && !machine) {
      if (!user) throw new AppError(401, "unauthenticated", "Sign in to use this endpoint.");
      if (options.access !== "signed-in" && !hasRole(user.role, options.access)) {
        throw new AppError(403, "forbidden", `This endpoint needs the ${options.access.join(" or ")} role.`);
      }
    }
    if (limit) {
      const result = await limit(user?.id ?? getClientAddress(request.headers) ?? "anonymous");
      if (!result.success) {
        const retryAfter = retryAfterSeconds(result);
        throw new AppError(429, "rate_limited", `Too many requests. Try again in ${retryAfter} s.`, { retryAfter });
      }
    }
    const rawParams = readPathParams((await routeContext?.params) ?? {});
    const body = options.body ? parse(options.body, refuseNul(await readJson(request))) : (undefined as TBody);
    const url = new URL(request.url);
    const query = options.query ? parse(options.query, refuseNul(Object.fromEntries(url.searchParams))) : (undefined as TQuery);
    const params = options.params ? parse(options.params, rawParams) : (rawParams as TParams);
    const result = await handler({ request, user: user as SessionUser, params, body, query, requestId });
    return result instanceof Response ? result : Response.json(result ?? null);
  }

  return Object.assign(wrapped, { route: options.route, access: options.access });
}

async function readJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  if (!text.trim()) throw new AppError(400, "invalid_json", "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

function toErrorResponse(error: unknown, request: Request, requestId: string): Response {
  if (error instanceof AppError) {
    return errorResponse(error.status, error.code, error.message, {}, error.details);
  }
  // Unknown failure: log everything, tell the client only the request id.
  log.error({ err: error, requestId, method: request.method, url: request.url }, "unhandled API error");
  return errorResponse(500, "internal_error", `Something went wrong on our side. Request id: ${requestId}.`, {}, {
    requestId,
  });
}
