import { randomUUID } from "node:crypto";
import { createVirtualClock } from "@/lib/fake-reddit/create-virtual-clock";
import type { FakeOptions, FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { startFakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { createRedditClient } from "@/lib/reddit/create-reddit-client";

export const TEST_USER_AGENT = "test:postmood-tests:0.1.0 (by /u/postmood-dev)";

// A fake Reddit on port 0 and a real Reddit client pointed at it, sharing a virtual clock. Each call gets its own
// client id, so rate-limit state never leaks between tests. `random: 0.5` makes jitter predictable.
export async function createTestClient(options: { fake?: Omit<FakeOptions, "clock">; secret?: string | null } = {}) {
  const clock = createVirtualClock();
  const fake: FakeReddit = await startFakeReddit({ ...options.fake, clock: clock.now });
  const clientId = `test-${randomUUID().slice(0, 8)}`;
  const client = createRedditClient({
    clientId,
    clientSecret: options.secret === undefined ? "secret" : options.secret,
    userAgent: TEST_USER_AGENT,
    authBaseUrl: fake.url,
    http: { sleep: clock.sleep, now: clock.now, random: () => 0.5 },
  });
  const logOf = (pathPrefix: string) => fake.state.log.filter((l) => l.path.startsWith(pathPrefix));
  return { fake, clock, clientId, ...client, logOf };
}
