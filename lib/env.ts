import { z } from "zod";

// The only module that reads process.env. Every variable is validated once; each default works on the embedded
// setup (local PostgreSQL and Redis, fake Reddit, the project's own model) with no file to edit.

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const bool = (fallback: boolean) =>
  z.preprocess(emptyAsUndefined, z.enum(["true", "false", "1", "0"]).optional()).transform((v) =>
    v === undefined ? fallback : v === "true" || v === "1",
  );
const int = (fallback: number, min = 0) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).default(fallback));

const DEV_SECRET = "postmood-embedded-dev-secret-change-me-in-production";
const DEV_ADMIN_PASSWORD = "postmood-admin";
const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PORT: int(3000, 1),

  // PostgreSQL and Redis
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().url().default("postgresql://postgres@127.0.0.1:5432/postmood")),
  REDIS_URL: z.preprocess(emptyAsUndefined, z.string().url().default("redis://127.0.0.1:6379")),
  REDIS_KEY_PREFIX: z.preprocess(emptyAsUndefined, z.string().default("postmood:")),
  UPSTASH_REDIS_REST_URL: optionalString,
  UPSTASH_REDIS_REST_TOKEN: optionalString,

  // Accounts
  APP_URL: z.preprocess(emptyAsUndefined, z.string().url().default("http://localhost:3000")),
  BETTER_AUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32).default(DEV_SECRET),
  ),
  ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.string().email().default("admin@postmood.local")),
  ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8).default(DEV_ADMIN_PASSWORD)),
  SEED_DEMO_USERS: bool(true),
  AUTH_RATE_LIMIT_MAX: int(10, 1), // sign-in attempts per IP and window
  AUTH_RATE_LIMIT_WINDOW_S: int(60, 1),
  // Re-reading the session from PostgreSQL on every request is the API's main cost: a signed cookie caches it this
  // long (0: off). State-changing requests always read the database, so a disabled user cannot write meanwhile.
  SESSION_COOKIE_CACHE_S: int(60, 0),

  // HTTP hardening
  // More origins allowed to make state-changing calls besides APP_URL's, comma-separated ("https://a.example,...").
  TRUSTED_ORIGINS: z.preprocess(emptyAsUndefined, z.string().default("")).pipe(
    z.string().transform((list, ctx) => parseOrigins(list, ctx)),
  ),
  // Also allow the origin a request was addressed to (its Host), for an app opened by several names, e.g. the
  // machine's IP on a LAN. Off by default: then only APP_URL and TRUSTED_ORIGINS count.
  TRUST_REQUEST_HOST: bool(false),
  // Reverse proxies in front of the app that append to X-Forwarded-For (0: none, so X-Forwarded-* are ignored).
  TRUST_PROXY_HOPS: int(0, 0),
  MAX_BODY_BYTES: int(64 * 1024, 1024), // larger request bodies get 413 while being read
  // GET /api/metrics: readable by admins and with "Authorization: Bearer <METRICS_TOKEN>"; METRICS_PUBLIC opens it
  // to anyone (only behind a network that keeps others out).
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, "Use at least 16 characters.").optional()),
  METRICS_PUBLIC: bool(false),

  // Reddit sources (base URLs point at the fake Reddit in the embedded setup)
  REDDIT_CLIENT_ID: optionalString,
  REDDIT_CLIENT_SECRET: optionalString,
  REDDIT_USER_AGENT: z.preprocess(emptyAsUndefined, z.string().default("web:postmood:0.1.0 (by /u/postmood-dev)")),
  REDDIT_AUTH_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().default("https://www.reddit.com")),
  REDDIT_API_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().default("https://oauth.reddit.com")),
  ARCTIC_SHIFT_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().default("https://arctic-shift.photon-reddit.com")),
  REDDIT_REQUESTS_PER_MINUTE: int(100, 1), // per client id, across every worker process (Reddit: 100/min)
  REDDIT_MAX_COMMENT_REQUESTS: int(20, 0), // per post: morechildren / continue-thread calls (CLI: --max-comment-requests)
  FAKE_REDDIT_PORT: int(4010, 1),

  // Sentiment model
  MODEL_ID: optionalString, // hub id or local folder; unset = the embedded model
  MODEL_DTYPE: z.enum(["fp32", "q8"]).default("fp32"),
  MODEL_CACHE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".cache/models")),
  INFERENCE_BATCH_SIZE: int(32, 1),

  // Background work
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  INNGEST_DEV: optionalString,
  INNGEST_DEV_URL: optionalString,
  START_WORKERS_IN_APP: bool(true),
  WORKER_CONCURRENCY: int(2, 1),
  WORKER_LOCK_DURATION_MS: int(30_000, 1_000), // a crashed worker's job is taken over after about this long
  SEARCH_CACHE_TTL_S: int(600, 0),
  SEARCH_LOCK_TTL_MS: int(15 * 60 * 1000, 1000),
  SEARCH_VIEW_CACHE_S: int(1, 0), // GET /api/searches/:id may be this many seconds stale (0: no cache)

  // Annotation: how long an item stays claimed by the screen showing it unless renewed (the screen renews it)
  ANNOTATION_CLAIM_TTL_MS: int(120_000, 100),

  // Datasets
  DATASET_THRESHOLD: int(50, 1),
  DATASET_DIR: z.preprocess(emptyAsUndefined, z.string().default("data/datasets")),
  // train,validation,test shares of new groups (each item keeps the split of its first version)
  DATASET_SPLIT_RATIOS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("0.8,0.1,0.1")
      .transform((value) => value.split(",").map(Number))
      .refine((r) => r.length === 3 && r.every((x) => x >= 0 && x <= 1) && Math.abs(r[0]! + r[1]! + r[2]! - 1) < 1e-6, {
        message: "three shares (train,validation,test) between 0 and 1 that add up to 1, e.g. 0.8,0.1,0.1",
      })
      .transform(([train, validation, test]) => ({ train: train!, validation: validation!, test: test! })),
  ),
  DATASET_SPLIT_SEED: z.preprocess(emptyAsUndefined, z.string().default("postmood")),
}).superRefine((env, ctx) => {
  // The built-in secret and admin password are public: fine on a laptop, never on a server others can reach.
  if (env.NODE_ENV !== "production" || LOOPBACK.test(env.APP_URL)) return;
  if (env.BETTER_AUTH_SECRET === DEV_SECRET) {
    ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "Set BETTER_AUTH_SECRET (32+ random characters) when the app is served beyond localhost." });
  }
  if (env.ADMIN_PASSWORD === DEV_ADMIN_PASSWORD) {
    ctx.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: "Set ADMIN_PASSWORD when the app is served beyond localhost." });
  }
});

export type Env = z.infer<typeof envSchema>;

function parseOrigins(list: string, ctx: z.RefinementCtx): string[] {
  const origins: string[] = [];
  for (const entry of list.split(",").map((e) => e.trim()).filter(Boolean)) {
    const url = URL.canParse(entry) ? new URL(entry) : null;
    if (!url || !["http:", "https:"].includes(url.protocol)) {
      ctx.addIssue({ code: "custom", message: `"${entry}" is not an http(s) origin such as https://app.example.org.` });
    } else origins.push(url.origin);
  }
  return origins;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
export const isProduction = env.NODE_ENV === "production";
