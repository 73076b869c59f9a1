import { spawnSync } from "node:child_process";
import path from "node:path";
import { runAdminSql } from "@/test/helpers/admin-sql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Proves prisma/schema.prisma and prisma/migrations agree, and that the migrations build the database the schema
// describes. The CLI runs Prisma's Wasm schema engine through scripts/prisma/schema-engine-shim.mjs (offline).
// With a broken engine the CLI exits 0 with empty output, so the first check is a positive control.

const root = path.resolve(import.meta.dirname, "..");
const adminUrl = process.env.DATABASE_URL!.replace(/\/[^/?]+(\?|$)/, "/postgres$1");
const dbName = `schema_check_${process.pid}`;
const dbUrl = adminUrl.replace(/\/postgres(\?|$)/, `/${dbName}$1`);

function prisma(...args: string[]) {
  const result = spawnSync("npx", ["prisma", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: dbUrl },
    encoding: "utf8",
  });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

const admin = (sql: string) => runAdminSql(adminUrl, sql);

describe("schema and migrations", () => {
  beforeAll(() => admin(`CREATE DATABASE "${dbName}"`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));

  it("positive control: the engine really diffs (an empty database differs from the schema)", () => {
    const result = prisma("migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script", "--exit-code");
    expect(result.status, result.out).toBe(2);
    expect(result.out).toMatch(/CREATE TABLE "reddit_items"/);
  });

  it("the migrations replayed on a shadow database equal the schema", () => {
    const result = prisma("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script", "--exit-code");
    expect(result.status, result.out).toBe(0);
    expect(result.out).toMatch(/This is an empty migration/);
  });

  it("migrate deploy on an empty database gives the schema's database, with recorded checksums", () => {
    const deploy = prisma("migrate", "deploy");
    expect(deploy.status, deploy.out).toBe(0);
    const live = prisma("migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script", "--exit-code");
    expect(live.status, live.out).toBe(0);
    expect(live.out).toMatch(/This is an empty migration/);
    const status = prisma("migrate", "status");
    expect(status.status, status.out).toBe(0);
    expect(status.out).toMatch(/Database schema is up to date/);
  });
}, 180_000);
