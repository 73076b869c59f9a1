-- The result filter "q" (title ILIKE '%…%' OR body ILIKE '%…%', lib/results/item-filter-sql.ts) read every row of
-- reddit_items. A trigram index per column answers each ILIKE, and the OR becomes a BitmapOr of the two, with the
-- same rows as before: the index only finds candidates and PostgreSQL rechecks the ILIKE on each one.
-- pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "reddit_items_title_trgm_idx" ON "reddit_items" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "reddit_items_body_trgm_idx" ON "reddit_items" USING GIN ("body" gin_trgm_ops);
