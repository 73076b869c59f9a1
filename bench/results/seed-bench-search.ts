import pg from "pg";

// Seeds a results benchmark database in a few server-side INSERT … SELECT generate_series statements (seconds, not
// minutes): one search of `count` items, plus what a lived-in database also holds — another search of half as many
// items, an older model's predictions of the measured search's items (a re-classification), and human verdicts of
// 1 in 50 items. Deterministic (setseed) so runs are comparable.

export const BENCH_MODEL = { modelId: "bench-model", modelVersion: "v2" };

export async function seedBenchSearch(options: { url: string; count: number }): Promise<{ searchId: string }> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.42)");
    await client.query(`
      INSERT INTO searches (id, keyword, normalized_keyword, status, updated_at)
      VALUES ('bench-search', 'steam deck', 'steam deck', 'done', now()), ('other-search', 'rust', 'rust', 'done', now())`);
    await insertItems(client, { searchId: "bench-search", prefix: "b", count: options.count });
    await insertItems(client, { searchId: "other-search", prefix: "o", count: Math.floor(options.count / 2) });
    // The older model predicted the measured search's items a month earlier; the current one is the latest writer.
    await insertPredictions(client, { model: { modelId: "bench-model", modelVersion: "v1" }, createdAt: "now() - interval '30 days'", prefix: "b" });
    await insertPredictions(client, { model: BENCH_MODEL, createdAt: "now()", prefix: "" });
    await client.query(`
      INSERT INTO item_labels (item_id, label, off_topic, answers, source, updated_at)
      SELECT p.item_id,
             CASE WHEN random() < 0.05 THEN NULL WHEN random() < 0.8 THEN p.label
                  ELSE (ARRAY['negative','neutral','positive'])[1 + floor(random() * 3)::int]::"Sentiment" END,
             false, 1, 'single', now()
        FROM predictions p WHERE p.model_version = $1 AND random() < 0.02`, [BENCH_MODEL.modelVersion]);
    await client.query("UPDATE item_labels SET off_topic = true WHERE label IS NULL");
    // What autovacuum does after a bulk insert: statistics, and the visibility map that index-only scans rely on.
    await client.query("VACUUM ANALYZE");
    return { searchId: "bench-search" };
  } finally {
    await client.end();
  }
}

async function insertItems(client: pg.Client, options: { searchId: string; prefix: string; count: number }) {
  // 60 subreddits with a skewed volume, a year of dates, 30 % comments, a few hundred characters of text each.
  await client.query(`
    INSERT INTO reddit_items (id, kind, subreddit, author, title, body, permalink, created_utc, score,
                              normalized_text, text_hash, source, raw, updated_at)
    SELECT id, kind::"ItemKind", 'sub' || floor(60 * random() ^ 2)::int, 'user' || (n % 5000),
           CASE WHEN kind = 'post' THEN 'Post ' || n || ' about the steam deck' END,
           repeat('Some words about the steam deck and how it feels. ', 6) || n,
           '/r/sub/comments/' || n || '/x/', timestamp '2025-12-01' - random() * interval '365 days',
           floor(random() * 500)::int, 'text ' || n, md5(id), 'reddit', '{}', now()
      FROM (SELECT n, kind, CASE kind WHEN 'comment' THEN 't1_' ELSE 't3_' END || $1 || n AS id
              FROM (SELECT n, CASE WHEN random() < 0.3 THEN 'comment' ELSE 'post' END AS kind
                      FROM generate_series(1, $2::int) n) k) s`, [options.prefix, options.count]);
  await client.query(`
    INSERT INTO search_hits (search_id, item_id)
    SELECT $1, id FROM reddit_items WHERE substr(id, 4, 1) = $2`, [options.searchId, options.prefix]);
}

async function insertPredictions(client: pg.Client, options: { model: typeof BENCH_MODEL; createdAt: string; prefix: string }) {
  await client.query(`
    INSERT INTO predictions (id, item_id, model_id, model_version, label, confidence, probabilities, created_at)
    SELECT $1 || '-' || id, id, $2, $1, label::"Sentiment", confidence,
           jsonb_build_object('negative', 0.1, 'neutral', 0.1, 'positive', 0.8), ${options.createdAt}
      FROM (SELECT id, (ARRAY['negative','neutral','positive'])[1 + floor(random() * 3)::int] AS label,
                   0.34 + random() * 0.66 AS confidence
              FROM reddit_items WHERE $3 = '' OR substr(id, 4, 1) = $3) s`,
    [options.model.modelVersion, options.model.modelId, options.prefix]);
}
