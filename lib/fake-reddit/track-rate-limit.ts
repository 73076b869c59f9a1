import type { FakeState } from "@/lib/fake-reddit/fake-types";

// Reddit's per-client window: `max` requests per `windowSeconds`, reported in x-ratelimit-* headers. Returns the
// headers to send and whether this request is over the limit (then it gets a 429).
export function trackRateLimit(options: { state: FakeState; clientId: string }): { headers: Record<string, string>; exceeded: boolean } {
  const { state, clientId } = options;
  const now = state.clock();
  const windowMs = state.rateLimit.windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  let window = state.windows.get(clientId);
  if (!window || window.start !== start) {
    window = { start, used: 0 };
    state.windows.set(clientId, window);
  }
  const exceeded = window.used >= state.rateLimit.max;
  if (!exceeded) window.used += 1;
  const remaining = Math.max(0, state.rateLimit.max - window.used);
  const reset = Math.ceil((start + windowMs - now) / 1000);
  if (state.scenario.name === "no-ratelimit-headers") return { headers: {}, exceeded };
  return {
    headers: {
      "x-ratelimit-used": String(window.used),
      "x-ratelimit-remaining": state.scenario.name === "float-ratelimit-headers" ? remaining.toFixed(1) : String(remaining),
      // Arctic Shift sends the reset as an epoch second; Reddit as seconds to wait.
      "x-ratelimit-reset": String(state.scenario.name === "epoch-ratelimit-headers" ? Math.ceil((start + windowMs) / 1000) : reset),
    },
    exceeded,
  };
}
