import { execFileSync } from "node:child_process";
import { runAdminSql } from "./helpers/admin-sql";

// Vitest global setup: a fresh test database (named in vitest.config.mts), migrated with the same command the
// setup script uses, and dropped again when the run ends.
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL!;
  const name = new URL(url).pathname.slice(1);
  const admin = (sql: string) => runAdminSql(url, sql);
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return async () => {
    if (!process.env.KEEP_TEST_DATABASE) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
}
