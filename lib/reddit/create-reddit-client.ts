import { createTokenProvider } from "@/lib/reddit/create-token-provider";
import { createHttpContext, type HttpContext } from "@/lib/reddit/http-context";
import { RedditError } from "@/lib/reddit/reddit-error";
import type { TokenProvider } from "@/lib/reddit/request-json";

// Reddit's required User-Agent: "<platform>:<app id>:<version> (by /u/<user>)". Generic ones are throttled hard.
const USER_AGENT = /^[\w.-]+:[\w.-]+:[\w.-]+ \(by \/u\/[\w-]+\)$/;

// Validated credentials plus the request context and token provider every Reddit call shares.
export function createRedditClient(options: {
  clientId?: string | null;
  clientSecret?: string | null;
  deviceId?: string;
  userAgent: string;
  authBaseUrl: string;
  http?: Partial<HttpContext>;
}): { ctx: HttpContext; auth: TokenProvider } {
  if (!options.clientId) throw new RedditError("bad-config", "REDDIT_CLIENT_ID is not set: the Reddit Data API needs an app (or use the arctic-shift or dump source)");
  if (!USER_AGENT.test(options.userAgent))
    throw new RedditError("bad-config", `REDDIT_USER_AGENT "${options.userAgent}" is not in Reddit's format "<platform>:<app id>:<version> (by /u/<user>)"`);
  const ctx = createHttpContext({ userAgent: options.userAgent, limiterKey: `reddit:${options.clientId}`, ...options.http });
  const auth = createTokenProvider({
    ctx,
    authBaseUrl: options.authBaseUrl,
    credentials: { clientId: options.clientId, clientSecret: options.clientSecret, deviceId: options.deviceId },
  });
  return { ctx, auth };
}
