import { env } from "@/lib/env";
import { readUrlPart } from "@/lib/read-url-part";
import { redisTransport } from "@/lib/redis/client";

// Redis could not be reached. Carries where it was looked for (never credentials), so a CLI can say so in a line.
export class RedisUnavailableError extends Error {
  readonly where: string;

  constructor(options: { cause: unknown }) {
    const where =
      redisTransport === "tcp"
        ? `${readUrlPart({ url: env.REDIS_URL, part: "host" })} (REDIS_URL)`
        : `${readUrlPart({ url: env.UPSTASH_REDIS_REST_URL, part: "host" })} (UPSTASH_REDIS_REST_URL)`;
    super(`cannot reach Redis at ${where}; is it running?`, { cause: options.cause });
    this.name = "RedisUnavailableError";
    this.where = where;
  }
}

