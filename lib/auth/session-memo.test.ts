import { afterEach, describe, expect, it, vi } from "vitest";
import { createSessionMemo } from "@/lib/auth/session-memo";

describe("session memo", () => {
  afterEach(() => vi.useRealTimers());

  it("remembers a value for its TTL only", () => {
    vi.useFakeTimers();
    const memo = createSessionMemo<string>({ ttlMs: 5_000 });
    memo.set("session_token=a", "ana");
    expect(memo.get("session_token=a")).toBe("ana");
    expect(memo.get("session_token=b")).toBeUndefined();
    vi.advanceTimersByTime(5_001);
    expect(memo.get("session_token=a")).toBeUndefined();
  });

  it("keeps nothing with a TTL of 0 and stays within its bound", () => {
    const off = createSessionMemo<string>({ ttlMs: 0 });
    off.set("c", "x");
    expect(off.get("c")).toBeUndefined();
    const small = createSessionMemo<number>({ ttlMs: 60_000, maxEntries: 2 });
    small.set("c1", 1);
    small.set("c2", 2);
    small.set("c3", 3);
    expect([small.get("c1"), small.get("c2"), small.get("c3")]).toEqual([undefined, 2, 3]);
  });
});
