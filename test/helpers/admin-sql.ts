import pg from "pg";

/** Runs one statement on the server's `postgres` database (create/drop databases), next to the one in `url`. */
export async function runAdminSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
