import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { allowedOriginsFor } from "@/lib/api/trusted-origins";
import { prisma } from "@/lib/db";
import { env, isProduction } from "@/lib/env";

// better-auth: email + password, sessions in PostgreSQL (the `sessions` table), scrypt-hashed passwords, and the
// admin plugin for roles and disabling (banning) users. Sign-in is rate-limited in app/api/auth/[...all]/route.ts
// with the Redis limiter, which all app instances share; better-auth's per-process limiter is therefore off.

const appUrl = new URL(env.APP_URL);
const loopbackHosts = ["localhost", "127.0.0.1"];

export const auth = betterAuth({
  appName: "postmood",
  baseURL: env.APP_URL,
  secret: env.BETTER_AUTH_SECRET,
  // The same origins as the API's CSRF check: APP_URL, TRUSTED_ORIGINS, and the request's own origin only when
  // TRUST_REQUEST_HOST is on (an app opened by the machine's IP, say).
  trustedOrigins: (request?: Request) => allowedOriginsFor(request),
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
  session: {
    expiresIn: 60 * 60 * 24 * 7,
    updateAge: 60 * 60 * 24,
    // A signed cookie carrying the session spares API reads a database round trip (lib/auth/get-session-user.ts).
    cookieCache: { enabled: env.SESSION_COOKIE_CACHE_S > 0, maxAge: env.SESSION_COOKIE_CACHE_S },
  },
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
