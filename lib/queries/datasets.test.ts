import { describe, expect, it } from "vitest";
import type { DatasetListResponse, DatasetSummary } from "@/lib/datasets/types";
import { listRefetchInterval } from "@/lib/queries/datasets";

// The /datasets list polls fast only while something is about to change on screen.

const list = (overrides: Partial<DatasetListResponse>): DatasetListResponse => ({ datasets: [], queued: [], threshold: 50, pending: 0, ...overrides });
const version = (status: DatasetSummary["status"]) => ({ version: 1, status }) as DatasetSummary;

describe("listRefetchInterval", () => {
  it("polls every 1.5 s while a build is queued or running", () => {
    expect(listRefetchInterval(list({ queued: [{ version: 2, trigger: "manual", requestedAt: "" }] }))).toBe(1_500);
    expect(listRefetchInterval(list({ datasets: [version("ready"), version("building")] }))).toBe(1_500);
  });

  it("every 3 s when the next crossing is a few answers away, else every 30 s", () => {
    expect(listRefetchInterval(list({ pending: 45 }))).toBe(3_000); // 5 left of 50: within 10 %
    expect(listRefetchInterval(list({ pending: 44 }))).toBe(30_000);
    expect(listRefetchInterval(list({ threshold: 4, pending: 1 }))).toBe(3_000); // 3 left: small thresholds stay live
    expect(listRefetchInterval(list({ threshold: 1000, pending: 900, datasets: [version("ready"), version("failed")] }))).toBe(3_000);
    expect(listRefetchInterval(list({ threshold: 1000, pending: 899 }))).toBe(30_000);
    expect(listRefetchInterval(undefined)).toBe(30_000);
  });
});
