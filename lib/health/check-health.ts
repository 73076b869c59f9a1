import { prisma } from "@/lib/db";
import { redis, redisTransport } from "@/lib/redis/client";

// Each component is probed with a deadline so a hung dependency makes the check fail instead of hang.

export type ComponentHealth = { status: "up" | "down"; latencyMs: number; error?: string };
export type Health = { status: "ok" | "degraded"; checkedAt: string; components: Record<string, ComponentHealth> };

const TIMEOUT_MS = 2_000;

async function probe(check: () => Promise<unknown>): Promise<ComponentHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "down", latencyMs: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(
  extra: Record<string, () => Promise<unknown>> = {},
): Promise<Health> {
  const checks: Record<string, () => Promise<unknown>> = {
    database: () => prisma.$queryRaw`SELECT 1`,
    redis: async () => {
      const reply = await redis.ping().catch((error: unknown) => {
        throw new Error(`${redisTransport === "tcp" ? "TCP" : "REST"} connection failed: ${error instanceof Error ? error.message : error}`);
      });
      if (reply !== "PONG") throw new Error(`unexpected PING reply ${JSON.stringify(reply)}`);
    },
    ...extra,
  };
  const entries = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await probe(check)] as const));
  const components = Object.fromEntries(entries);
  const status = entries.every(([, c]) => c.status === "up") ? "ok" : "degraded";
  return { status, checkedAt: new Date().toISOString(), components };
}
