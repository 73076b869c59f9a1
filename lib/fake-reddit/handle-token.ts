import { randomBytes } from "node:crypto";
import type { FakeState } from "@/lib/fake-reddit/fake-types";
import { html, json, type FakeResponse } from "@/lib/fake-reddit/fake-response";

// POST /api/v1/access_token: Basic auth, form body. Grant errors are HTTP 200 with {"error"}, as on Reddit.
export function handleToken(options: { state: FakeState; authorization: string | undefined; body: string }): FakeResponse {
  const { state } = options;
  const [scheme, encoded] = (options.authorization ?? "").split(" ");
  if (scheme?.toLowerCase() !== "basic" || !encoded) return html(401, "401 Unauthorized");
  const decoded = Buffer.from(encoded, "base64").toString();
  const clientId = decoded.slice(0, decoded.indexOf(":"));
  const secret = decoded.slice(decoded.indexOf(":") + 1);
  if (!clientId || (state.clients && state.clients[clientId] !== secret)) return json({ message: "Unauthorized", error: 401 }, 401);
  const scenario = state.scenario;
  if (scenario.name === "token-error") return json({ error: scenario.error ?? "invalid_grant" });
  if (scenario.name === "token-refused") return html(scenario.status ?? 403, `${scenario.status ?? 403} Forbidden`);
  const form = new URLSearchParams(options.body);
  const grant = form.get("grant_type");
  if (grant === "https://oauth.reddit.com/grants/installed_client") {
    const device = form.get("device_id") ?? "";
    if (device.length < 20 || device.length > 30) return json({ error: "invalid_request" });
  } else if (grant !== "client_credentials") {
    return json({ error: "unsupported_grant_type" });
  } else if (!secret) {
    return json({ error: "invalid_grant" }); // client_credentials needs a confidential (secret-holding) app
  }
  const token = `fake-${randomBytes(12).toString("hex")}`;
  state.tokens.set(token, { clientId, expiresAt: state.clock() + state.tokenExpiresIn * 1000 });
  return json({ access_token: token, token_type: "bearer", expires_in: state.tokenExpiresIn, scope: "*" });
}
