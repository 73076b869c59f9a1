import type { FakeState } from "@/lib/fake-reddit/fake-types";
import { html, type FakeResponse } from "@/lib/fake-reddit/fake-response";

const GENERIC_AGENT = /^(node|undici|python-requests|curl|go-http-client|axios|okhttp)\b/i;

// Reddit API gatekeeping before any work: a descriptive User-Agent, then a live bearer token. Returns the client id
// or the refusal to send.
export function checkClient(options: { state: FakeState; userAgent: string | undefined; authorization: string | undefined }): { clientId: string } | { refusal: FakeResponse } {
  const { state, userAgent } = options;
  if (!userAgent || GENERIC_AGENT.test(userAgent) || !userAgent.includes("(by /u/"))
    return { refusal: html(403, "Blocked: use a unique and descriptive User-Agent (platform:app:version (by /u/user))") };
  const [scheme, token] = (options.authorization ?? "").split(" ");
  const entry = scheme?.toLowerCase() === "bearer" && token ? state.tokens.get(token) : undefined;
  if (!entry || entry.expiresAt <= state.clock()) return { refusal: unauthorized() };
  return { clientId: entry.clientId };
}

export function unauthorized(): FakeResponse {
  return html(401, "401 Unauthorized", { "www-authenticate": 'Bearer realm="reddit", error="invalid_token"' });
}
