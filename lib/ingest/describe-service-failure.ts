import { env } from "@/lib/env";
import { readUrlPart } from "@/lib/read-url-part";
import { RedisUnavailableError } from "@/lib/redis/redis-unavailable-error";

// Prisma's codes for "the database is not there": unreachable, timed out, gone mid-run, closed.
const UNREACHABLE = new Set(["P1001", "P1002", "P1017"]);

// One line for a failure a user fixes outside postmood (a service down or missing), or null for anything else.
// Never a stack trace, never the credentials in a URL.
export function describeServiceFailure(error: unknown): string | null {
  if (error instanceof RedisUnavailableError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const where = `${readUrlPart({ url: env.DATABASE_URL, part: "host" })} (DATABASE_URL)`;
  if (typeof code === "string" && UNREACHABLE.has(code)) return `cannot reach PostgreSQL at ${where}; is it running?`;
  if (code === "P1003") return `the PostgreSQL database ${readUrlPart({ url: env.DATABASE_URL, part: "database" })} does not exist at ${where}; create it, then run npm run db:migrate`;
  if (code === "P2021") return `the PostgreSQL database at ${where} has no postmood tables; run npm run db:migrate`;
  return null;
}

