import { env } from "@/lib/env";

// Which browser origins may make state-changing calls (our CSRF check and better-auth's): the app's own (APP_URL),
// the ones configured in TRUSTED_ORIGINS, and, only when TRUST_REQUEST_HOST is on, the origin the request was
// addressed to. Every comparison is of whole origins (scheme + host + port), never of host names alone.

export type OriginPolicy = {
  appUrl: string;
  trustedOrigins: readonly string[];
  trustRequestHost: boolean;
  trustProxyHops: number;
};

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1"];

export const defaultOriginPolicy: OriginPolicy = {
  appUrl: env.APP_URL,
  trustedOrigins: env.TRUSTED_ORIGINS,
  trustRequestHost: env.TRUST_REQUEST_HOST,
  trustProxyHops: env.TRUST_PROXY_HOPS,
};

/** APP_URL's origin plus its loopback twin (localhost ⇄ 127.0.0.1, so both work on the embedded setup) and the
 * configured extra origins. */
export function configuredOrigins(policy: OriginPolicy = defaultOriginPolicy): string[] {
  const app = new URL(policy.appUrl);
  const own = LOOPBACK_HOSTS.includes(app.hostname)
    ? LOOPBACK_HOSTS.map((host) => `${app.protocol}//${host}${app.port ? `:${app.port}` : ""}`)
    : [app.origin];
  return [...new Set([...own, ...policy.trustedOrigins])];
}

/** The origins a request may come from. Its own Host counts only when TRUST_REQUEST_HOST is on; X-Forwarded-Host
 * and -Proto (which any client can send) only when a proxy is trusted to set them. */
export function allowedOriginsFor(request: Request | undefined, policy: OriginPolicy = defaultOriginPolicy): string[] {
  const configured = configuredOrigins(policy);
  const own = request && policy.trustRequestHost ? requestOrigin(request, policy) : null;
  return own ? [...configured, own] : configured;
}

function requestOrigin(request: Request, policy: OriginPolicy): string | null {
  const viaProxy = policy.trustProxyHops > 0;
  const host = (viaProxy && lastValue(request.headers.get("x-forwarded-host"))) || request.headers.get("host");
  const scheme = (viaProxy && lastValue(request.headers.get("x-forwarded-proto"))) || new URL(request.url).protocol.slice(0, -1);
  return host ? parseOrigin(`${scheme}://${host}`) : null;
}

/** The normalized origin of an Origin header value, or null for "null", garbage, or a non-http(s) scheme. */
export function parseOrigin(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
}

// A proxy appends its own value last; the earlier ones came from the client.
function lastValue(header: string | null): string | undefined {
  return header?.split(",").at(-1)?.trim() || undefined;
}
