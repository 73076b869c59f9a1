import { execFileSync } from "node:child_process";
import pg from "pg";

// The scratch databases benchmarks create, migrate (with the same command as setup) and drop again.

export async function recreateDatabase(url: string) {
  await dropDatabase(url);
  await admin(url, (c) => c.query(`CREATE DATABASE "${new URL(url).pathname.slice(1)}"`));
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export async function dropDatabase(url: string) {
  await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`));
}

async function admin(url: string, fn: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}
