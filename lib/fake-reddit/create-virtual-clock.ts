import type { Sleep } from "@/lib/reddit/types";

// A clock that only moves when someone sleeps: the fake server and the client share it, so a test can sit out a
// 10-minute rate-limit window instantly while both sides compute their waits for real. Every sleep is recorded.
export function createVirtualClock(options: { start?: number } = {}): { now: () => number; sleep: Sleep; sleeps: number[] } {
  let now = options.start ?? Date.UTC(2026, 10, 30, 12, 0, 7);
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleeps,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}
