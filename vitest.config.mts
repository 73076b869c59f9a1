import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests run against their own database (recreated by test/global-setup.ts) on the real local PostgreSQL.
// Each run gets its own database (by process id), so several runs on one machine never drop each other's tables.
const testDatabaseUrl =
  process.env.TEST_DATABASE_URL ?? `postgresql://postgres@127.0.0.1:5432/postmood_test_${process.pid}`;
process.env.TEST_DATABASE_URL = testDatabaseUrl; // for test/global-setup.ts, which runs in this process

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    // Integration tests share one PostgreSQL database and one Redis: run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      DATABASE_URL: testDatabaseUrl,
      REDIS_KEY_PREFIX: `postmood-test-${process.pid}:`, // per run too: several runs may share one Redis
      // dataset builds that tests trigger (also in spawned workers) write here, never into the project's data/
      DATASET_DIR: path.join(os.tmpdir(), `postmood-test-datasets-${process.pid}`),
    },
  },
});
