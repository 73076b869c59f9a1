import { randomUUID } from "node:crypto";
import { startFakeReddit, type FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";

// Starts the project's fake Reddit and points this test file's environment at it, with a Redis key prefix of its
// own (so its BullMQ queues, locks and cache are fresh). Call it before importing any app module: lib/env.ts reads
// the environment once, when first imported.
export async function useFakeRedditEnv(): Promise<FakeReddit> {
  const fake = await startFakeReddit();
  Object.assign(process.env, {
    REDIS_KEY_PREFIX: `postmood-test-${randomUUID().slice(0, 8)}:`,
    REDDIT_AUTH_BASE_URL: fake.url,
    REDDIT_API_BASE_URL: fake.url,
    ARCTIC_SHIFT_BASE_URL: fake.url,
    REDDIT_CLIENT_ID: "postmood-test",
    REDDIT_CLIENT_SECRET: "secret",
  });
  return fake;
}

/** Polls `read` until `done` holds; the error names the last value seen. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
