import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createTcpRequester } from "@/lib/redis/tcp-requester";

// The only Redis API the code uses is @upstash/redis. With UPSTASH_REDIS_REST_URL/TOKEN it talks REST (serverless
// production); otherwise the same client sends its commands over TCP to REDIS_URL (embedded setup, tests).

export type RedisTransport = "upstash-rest" | "tcp";

export const redisTransport: RedisTransport =
  env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN ? "upstash-rest" : "tcp";

function createRedis(): Redis {
  if (redisTransport === "upstash-rest") {
    return new Redis({ url: env.UPSTASH_REDIS_REST_URL!, token: env.UPSTASH_REDIS_REST_TOKEN! });
  }
  return new Redis(createTcpRequester(getSharedTcpConnection()));
}

const globalForRedis = globalThis as unknown as { postmoodRedis?: Redis };
export const redis: Redis = globalForRedis.postmoodRedis ?? createRedis();
globalForRedis.postmoodRedis = redis;

/** Every key the app writes is namespaced, so tests and several deployments can share one Redis. */
export function redisKey(...parts: string[]): string {
  return env.REDIS_KEY_PREFIX + parts.join(":");
}
