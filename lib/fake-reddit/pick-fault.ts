import type { FakeState, Scenario } from "@/lib/fake-reddit/fake-types";

const FAULTS = new Set(["too-many-requests", "server-error", "connection-reset", "body-cut", "bad-json", "revoke-tokens", "error-body"]);

// Whether the current API request gets the scenario's fault: after `after` requests, for `times` requests.
export function pickFault(options: { state: FakeState }): Scenario | null {
  const { state } = options;
  const scenario = state.scenario;
  if (!FAULTS.has(scenario.name)) return null;
  const { after = 0, times = 1 } = scenario as { after?: number; times?: number };
  if (state.apiRequests <= after || state.faultsServed >= times) return null;
  state.faultsServed += 1;
  return scenario;
}
