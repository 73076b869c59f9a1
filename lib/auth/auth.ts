import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { prisma } from "@/lib/db";
import { env, isProduction } from "@/lib/env";

// better-auth: email + password, sessions in PostgreSQL (the `sessions` table), scrypt-hashed passwords, and the
// admin plugin for roles and disabling (banning) users. Sign-in is rate-limited in app/api/auth/[...all]/route.ts
// with the Redis limiter, which all app instances share; better-auth's per-process limiter is therefore off.

const appUrl = new URL(env.APP_URL);
const loopbackHosts = ["localhost", "127.0.0.1"];

/** The app's own origin, plus its loopback twin (localhost ⇄ 127.0.0.1) so both work on the embedded setup. */
export const trustedOrigins: string[] = loopbackHosts.includes(appUrl.hostname)
  ? loopbackHosts.map((host) => `${appUrl.protocol}//${host}${appUrl.port ? `:${appUrl.port}` : ""}`)
  : [appUrl.origin];

export const auth = betterAuth({
  appName: "postmood",
  baseURL: env.APP_URL,
  secret: env.BETTER_AUTH_SECRET,
  // The configured origins, plus the request's own origin: a browser that opened the app by another name (the
  // machine's IP, say) still posts same-origin, which is not cross-site; any other origin stays refused.
  trustedOrigins: (request?: Request) => [...trustedOrigins, ...(request ? [ownOrigin(request)] : [])],
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  rateLimit: { enabled: false },
  advanced: {
    // better-auth skips its origin (CSRF) check when NODE_ENV is "test"; keep it on so tests see production's rules.
    disableOriginCheck: false,
    // httpOnly + SameSite=Lax always; Secure whenever the app is served over https or runs in production off loopback.
    useSecureCookies: appUrl.protocol === "https:" || (isProduction && !loopbackHosts.includes(appUrl.hostname)),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  plugins: [
    admin({ adminRoles: ["admin"], defaultRole: "annotator", bannedUserMessage: "This account is disabled." }),
    nextCookies(),
  ],
});

function ownOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const protocol = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${protocol}://${host}`;
}
