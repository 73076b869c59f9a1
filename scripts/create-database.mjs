// Creates the database named in DATABASE_URL when it does not exist (connecting to the server's `postgres` database).
// Usage: node scripts/create-database.mjs [--recreate]
import pg from "pg";

const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postmood";
const name = decodeURIComponent(new URL(url).pathname.slice(1));
const adminUrl = new URL(url);
adminUrl.pathname = "/postgres";

const client = new pg.Client({ connectionString: adminUrl.toString() });
try {
  await client.connect();
} catch (error) {
  console.error(`Cannot reach PostgreSQL at ${adminUrl.host}: ${error.message}`);
  process.exit(1);
}
const quoted = `"${name.replaceAll('"', '""')}"`;
if (process.argv.includes("--recreate")) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
if (!rowCount) {
  await client.query(`CREATE DATABASE ${quoted}`);
  console.log(`Created database ${name}.`);
}
await client.end();
