-- Issue 8 (result pages) and the completion check: what a search's hits need to be grouped, ordered and counted
-- without joining reddit_items or recounting predictions. Additive only.

-- AlterTable
ALTER TABLE "search_hits" ADD COLUMN     "classified" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "item_created_utc" TIMESTAMP(3),
ADD COLUMN     "item_kind" "ItemKind",
ADD COLUMN     "item_subreddit" TEXT;

-- Backfill: the item's facts, and whether a prediction exists already (what the old completion check counted).
UPDATE "search_hits" h
   SET "item_created_utc" = i."created_utc", "item_subreddit" = i."subreddit", "item_kind" = i."kind",
       "classified" = EXISTS (SELECT 1 FROM "predictions" p WHERE p."item_id" = h."item_id")
  FROM "reddit_items" i
 WHERE i."id" = h."item_id";

UPDATE "searches" s
   SET "classified_count" = (SELECT count(*) FROM "search_hits" h WHERE h."search_id" = s."id" AND h."classified");

-- Every writer of search_hits gets the item's facts filled in (an item's date, subreddit and kind never change),
-- so no insert path can leave them out.
-- Prisma's offline (Wasm) engine splits migration scripts at every semicolon, so the function body is an E'' string
-- whose statement ends are written as \073 (the semicolon's octal escape).
CREATE FUNCTION "search_hits_copy_item_facts"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT i.created_utc, i.subreddit, i.kind INTO NEW.item_created_utc, NEW.item_subreddit, NEW.item_kind
    FROM reddit_items i WHERE i.id = NEW.item_id\073
  RETURN NEW\073
END';

CREATE TRIGGER "search_hits_copy_item_facts" BEFORE INSERT ON "search_hits"
  FOR EACH ROW EXECUTE FUNCTION "search_hits_copy_item_facts"();

-- CreateIndex
CREATE INDEX "predictions_created_at_id_idx" ON "predictions"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "search_hits_search_id_item_created_utc_item_id_idx" ON "search_hits"("search_id", "item_created_utc" DESC, "item_id" DESC);

-- CreateIndex
CREATE INDEX "search_hits_search_id_classified_idx" ON "search_hits"("search_id", "classified");
