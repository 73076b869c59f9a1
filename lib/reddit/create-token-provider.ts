import { tokenResponseSchema } from "@/lib/schemas/reddit";
import type { HttpContext } from "@/lib/reddit/http-context";
import { RedditError } from "@/lib/reddit/reddit-error";
import { requestJson, type TokenProvider } from "@/lib/reddit/request-json";

export type RedditCredentials = {
  clientId: string;
  clientSecret?: string | null; // absent: an installed app, which authenticates with a device id instead
  deviceId?: string;
};

const INSTALLED_CLIENT_GRANT = "https://oauth.reddit.com/grants/installed_client";

// Application-only OAuth. The token is cached and fetched again `refreshMarginMs` before it expires, or when the
// API rejects it (invalidate()). Concurrent callers share one in-flight token request.
export function createTokenProvider(options: {
  ctx: HttpContext;
  authBaseUrl: string;
  credentials: RedditCredentials;
  refreshMarginMs?: number;
}): TokenProvider {
  const { ctx, credentials, refreshMarginMs = 60_000 } = options;
  let token: { value: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const form = new URLSearchParams(
      credentials.clientSecret
        ? { grant_type: "client_credentials" }
        : { grant_type: INSTALLED_CLIENT_GRANT, device_id: credentials.deviceId ?? "DO_NOT_TRACK_THIS_DEVICE" },
    );
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret ?? ""}`).toString("base64");
    const json = await requestJson({
      ctx,
      url: new URL("/api/v1/access_token", options.authBaseUrl).toString(),
      method: "POST",
      body: form.toString(),
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
    }).catch((error: unknown) => {
      // A 403 / 404 / redirect of the token request would otherwise read as a refusal of what the token was for
      // (a subreddit skipped as forbidden). Bad credentials and exhausted retries keep their own codes.
      if (!(error instanceof RedditError) || error.retryable || error.code === "bad-credentials" || error.code === "user-agent-refused") throw error;
      throw new RedditError("token-error", `Reddit refused the token request (HTTP ${error.status ?? "?"}): ${error.message}`, { status: error.status, cause: error });
    });
    const parsed = tokenResponseSchema.safeParse(json);
    // Reddit reports grant errors with HTTP 200 and `{ "error": "invalid_grant" }`.
    if (!parsed.success) throw new RedditError("token-error", `Unreadable token response: ${JSON.stringify(json).slice(0, 200)}`);
    if ("error" in parsed.data) throw new RedditError("token-error", `Reddit refused the token request: ${parsed.data.error}`);
    token = { value: parsed.data.access_token, expiresAt: ctx.now() + parsed.data.expires_in * 1000 };
    return token.value;
  }

  return {
    async get() {
      if (token && ctx.now() < token.expiresAt - refreshMarginMs) return token.value;
      pending ??= fetchToken().finally(() => (pending = null));
      return pending;
    },
    invalidate() {
      token = null;
    },
  };
}
