import pg from "pg";

// Seeds a datasets benchmark database in a few server-side INSERT … SELECT generate_series statements: `count`
// items with a human label each, as a lived-in database holds them — threads of a post and four comments, one in 50
// a near-duplicate of the item before, text of a few hundred characters with commas, quotes and line breaks (what
// makes CSV quoting work), two keywords' hits, a prediction per item, and 10 % of items answered by two annotators.
// Deterministic (setseed) so runs are comparable.

export const BENCH_MODEL = { modelId: "bench-model", modelVersion: "v1" };

export async function seedLabelledItems(options: { url: string; count: number }): Promise<void> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.42)");
    await client.query(`
      INSERT INTO users (id, name, email, role, updated_at)
      SELECT 'annotator-' || n, 'Annotator ' || n, 'annotator' || n || '@bench.local', 'annotator', now() FROM generate_series(1, 4) n`);
    await client.query(`
      INSERT INTO searches (id, keyword, normalized_keyword, status, updated_at)
      VALUES ('bench-a', 'steam deck', 'steam deck', 'done', now()), ('bench-b', 'rog ally', 'rog ally', 'done', now())`);
    await client.query(`
      INSERT INTO reddit_items (id, kind, subreddit, author, title, body, permalink, created_utc, link_id, parent_id,
                                normalized_text, text_hash, source, raw, updated_at)
      SELECT id, kind::"ItemKind", 'sub' || floor(40 * random() ^ 2)::int, 'user' || (n % 5000),
             CASE WHEN kind = 'post' THEN 'Post ' || n || ': is the "steam deck", really, worth it?' END,
             repeat('Some words, about the steam deck and how it "feels". ', 2 + n % 8) || E'\\nSecond line ' || n,
             '/r/sub/comments/' || n || '/x/', timestamp '2025-12-01' - random() * interval '365 days',
             CASE WHEN kind = 'comment' THEN thread END, CASE WHEN kind = 'comment' THEN thread END,
             'text ' || n, CASE WHEN n % 50 = 0 THEN md5((n - 1)::text) ELSE md5(n::text) END, 'reddit', '{}', now()
        FROM (SELECT n, CASE WHEN n % 5 = 1 THEN 'post' ELSE 'comment' END AS kind,
                     CASE WHEN n % 5 = 1 THEN 't3_' ELSE 't1_' END || lpad(n::text, 8, '0') AS id,
                     't3_' || lpad((n - (n - 1) % 5)::text, 8, '0') AS thread
                FROM generate_series(1, $1::int) n) s`, [options.count]);
    await client.query(`
      INSERT INTO search_hits (search_id, item_id)
      SELECT 'bench-a', id FROM reddit_items
      UNION ALL SELECT 'bench-b', id FROM reddit_items WHERE random() < 0.2`);
    await client.query(`
      INSERT INTO predictions (id, item_id, model_id, model_version, label, confidence, probabilities)
      SELECT 'p-' || id, id, $1, $2, (ARRAY['negative','neutral','positive'])[1 + floor(random() * 3)::int]::"Sentiment",
             0.34 + random() * 0.66, '{"negative":0.2,"neutral":0.2,"positive":0.6}'
        FROM reddit_items`, [BENCH_MODEL.modelId, BENCH_MODEL.modelVersion]);
    // one answer per item by one of four annotators, a second one on 10 % of them
    await client.query(`
      INSERT INTO corrections (id, item_id, annotator_id, action, label, updated_at)
      SELECT 'c1-' || id, id, 'annotator-' || (1 + abs(hashtext(id)) % 4), 'label',
             (ARRAY['negative','neutral','positive'])[1 + floor(random() * 3)::int]::"Sentiment", now()
        FROM reddit_items`);
    await client.query(`
      INSERT INTO corrections (id, item_id, annotator_id, action, label, updated_at)
      SELECT 'c2-' || c.item_id, c.item_id, 'annotator-' || (1 + (abs(hashtext(c.item_id)) + 1) % 4), 'label', c.label, now()
        FROM corrections c WHERE random() < 0.1`);
    await client.query(`
      INSERT INTO item_labels (item_id, label, source, answers, agreement, updated_at)
      SELECT item_id, min(label::text)::"Sentiment", CASE WHEN count(*) > 1 THEN 'majority' ELSE 'single' END::"LabelSource",
             count(*), 1, now()
        FROM corrections GROUP BY item_id`);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
