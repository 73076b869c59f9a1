import IORedis, { type RedisOptions } from "ioredis";
import { env } from "@/lib/env";
import { moduleLogger } from "@/lib/logger";

const log = moduleLogger("redis");

// Raw TCP connections to REDIS_URL. Only two users: the Upstash requester (lib/redis/tcp-requester.ts) and BullMQ,
// which needs ioredis itself. Everything else goes through the Upstash client in lib/redis/client.ts.

export function createTcpConnection(options: RedisOptions = {}): IORedis {
  return new IORedis(env.REDIS_URL, {
    connectTimeout: 2_000,
    // Commands fail fast when Redis is down instead of queueing forever (health checks and locks need an answer).
    maxRetriesPerRequest: 1,
    lazyConnect: true,
    ...options,
  });
}

const globalForRedis = globalThis as unknown as { postmoodTcpConnection?: IORedis };

/** The process-wide connection behind the Upstash requester. */
export function getSharedTcpConnection(): IORedis {
  if (!globalForRedis.postmoodTcpConnection) {
    const connection = createTcpConnection();
    // Without a listener ioredis prints every failed reconnect with its stack to stderr; commands fail on their
    // own (maxRetriesPerRequest), and callers report that, so a log line per connection error is enough.
    connection.on("error", (error: Error) => log.warn({ err: error.message }, "Redis connection error"));
    globalForRedis.postmoodTcpConnection = connection;
  }
  return globalForRedis.postmoodTcpConnection;
}
