import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("env", () => {
  it("works with nothing set (the embedded defaults)", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5432/postmood");
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(env.DATASET_THRESHOLD).toBe(50);
    expect(env.START_WORKERS_IN_APP).toBe(true);
  });

  it("treats empty strings as unset and coerces numbers and booleans", () => {
    const env = parseEnv({ REDIS_URL: "", DATASET_THRESHOLD: "7", START_WORKERS_IN_APP: "false", MODEL_ID: "" });
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(env.DATASET_THRESHOLD).toBe(7);
    expect(env.START_WORKERS_IN_APP).toBe(false);
    expect(env.MODEL_ID).toBeUndefined();
  });

  it("refuses the public development secret and admin password on a server others can reach", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "https://postmood.example.org" })).toThrow(/BETTER_AUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "http://localhost:3000" }).NODE_ENV).toBe("production");
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "https://postmood.example.org" })).toThrow(/ADMIN_PASSWORD/);
    const secret = "x".repeat(40);
    const configured = { NODE_ENV: "production", APP_URL: "https://postmood.example.org", BETTER_AUTH_SECRET: secret, ADMIN_PASSWORD: "a-long-admin-password" };
    expect(parseEnv(configured).BETTER_AUTH_SECRET).toBe(secret);
  });

  it("reads the dataset split shares and refuses shares that do not add up to 1", () => {
    expect(parseEnv({}).DATASET_SPLIT_RATIOS).toEqual({ train: 0.8, validation: 0.1, test: 0.1 });
    expect(parseEnv({ DATASET_SPLIT_RATIOS: "0.7,0.15,0.15" }).DATASET_SPLIT_RATIOS).toEqual({ train: 0.7, validation: 0.15, test: 0.15 });
    expect(() => parseEnv({ DATASET_SPLIT_RATIOS: "0.8,0.1" })).toThrow(/DATASET_SPLIT_RATIOS/);
    expect(() => parseEnv({ DATASET_SPLIT_RATIOS: "0.8,0.3,0.1" })).toThrow(/DATASET_SPLIT_RATIOS/);
  });

  it("names every bad variable in one error", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url", DATASET_THRESHOLD: "0", LOG_LEVEL: "loud" })).toThrow(
      /DATABASE_URL[\s\S]*LOG_LEVEL[\s\S]*DATASET_THRESHOLD|DATABASE_URL[\s\S]*DATASET_THRESHOLD/,
    );
  });

  it("reads TRUSTED_ORIGINS as whole origins and names a bad entry", () => {
    expect(parseEnv({}).TRUSTED_ORIGINS).toEqual([]);
    expect(parseEnv({ TRUSTED_ORIGINS: "https://a.example.org/, http://10.0.0.5:3000" }).TRUSTED_ORIGINS).toEqual([
      "https://a.example.org",
      "http://10.0.0.5:3000",
    ]);
    expect(() => parseEnv({ TRUSTED_ORIGINS: "a.example.org" })).toThrow(/TRUSTED_ORIGINS[\s\S]*a\.example\.org/);
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
  });
});
