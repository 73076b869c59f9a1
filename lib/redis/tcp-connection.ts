import IORedis, { type RedisOptions } from "ioredis";
import { env } from "@/lib/env";

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
  globalForRedis.postmoodTcpConnection ??= createTcpConnection();
  return globalForRedis.postmoodTcpConnection;
}
