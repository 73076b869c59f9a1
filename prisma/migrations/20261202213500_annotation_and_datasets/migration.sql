-- CreateEnum
CREATE TYPE "LabelSource" AS ENUM ('single', 'majority', 'settled');

-- CreateEnum
CREATE TYPE "Split" AS ENUM ('train', 'validation', 'test');

-- AlterEnum
ALTER TYPE "CorrectionAction" ADD VALUE 'undo';

-- AlterTable
ALTER TABLE "correction_events" ADD COLUMN     "model_confidence" DOUBLE PRECISION,
ADD COLUMN     "prediction_id" TEXT,
ADD COLUMN     "search_id" TEXT;

-- AlterTable
ALTER TABLE "corrections" ADD COLUMN     "model_confidence" DOUBLE PRECISION,
ADD COLUMN     "search_id" TEXT;

-- AlterTable
ALTER TABLE "datasets" ADD COLUMN     "params" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "progress" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "stats" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "item_labels" (
    "item_id" TEXT NOT NULL,
    "label" "Sentiment",
    "off_topic" BOOLEAN NOT NULL DEFAULT false,
    "tie" BOOLEAN NOT NULL DEFAULT false,
    "disagreement" BOOLEAN NOT NULL DEFAULT false,
    "source" "LabelSource",
    "answers" INTEGER NOT NULL DEFAULT 0,
    "agreement" DOUBLE PRECISION,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "item_labels_pkey" PRIMARY KEY ("item_id")
);

-- CreateTable
CREATE TABLE "item_resolutions" (
    "item_id" TEXT NOT NULL,
    "action" "CorrectionAction" NOT NULL,
    "label" "Sentiment",
    "note" TEXT,
    "settled_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "item_resolutions_pkey" PRIMARY KEY ("item_id")
);

-- CreateTable
CREATE TABLE "settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "overlap" INTEGER NOT NULL DEFAULT 1,
    "dataset_threshold" INTEGER NOT NULL DEFAULT 50,
    "include_silver" BOOLEAN NOT NULL DEFAULT false,
    "silver_min_confidence" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "guidelines" TEXT NOT NULL DEFAULT '',
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_counter" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "next_version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "dataset_counter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_build_requests" (
    "version" INTEGER NOT NULL,
    "trigger" "DatasetTrigger" NOT NULL,
    "requested_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "dataset_build_requests_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "dataset_items" (
    "dataset_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "split" "Split" NOT NULL,
    "label" "Sentiment" NOT NULL,
    "label_source" TEXT NOT NULL,

    CONSTRAINT "dataset_items_pkey" PRIMARY KEY ("dataset_id","item_id")
);

-- CreateTable
CREATE TABLE "item_splits" (
    "item_id" TEXT NOT NULL,
    "split" "Split" NOT NULL,
    "group_key" TEXT NOT NULL,
    "first_version" INTEGER NOT NULL,

    CONSTRAINT "item_splits_pkey" PRIMARY KEY ("item_id")
);

-- CreateIndex
CREATE INDEX "item_labels_label_idx" ON "item_labels"("label");

-- CreateIndex
CREATE INDEX "item_labels_disagreement_tie_idx" ON "item_labels"("disagreement", "tie");

-- CreateIndex
CREATE INDEX "dataset_build_requests_sent_at_idx" ON "dataset_build_requests"("sent_at");

-- CreateIndex
CREATE INDEX "dataset_items_item_id_idx" ON "dataset_items"("item_id");

-- CreateIndex
CREATE INDEX "item_splits_group_key_idx" ON "item_splits"("group_key");

-- CreateIndex
CREATE INDEX "correction_events_annotator_id_created_at_idx" ON "correction_events"("annotator_id", "created_at");

-- CreateIndex
CREATE INDEX "corrections_search_id_idx" ON "corrections"("search_id");

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_search_id_fkey" FOREIGN KEY ("search_id") REFERENCES "searches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_labels" ADD CONSTRAINT "item_labels_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_resolutions" ADD CONSTRAINT "item_resolutions_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_resolutions" ADD CONSTRAINT "item_resolutions_settled_by_id_fkey" FOREIGN KEY ("settled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_items" ADD CONSTRAINT "dataset_items_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_items" ADD CONSTRAINT "dataset_items_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_splits" ADD CONSTRAINT "item_splits_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The single settings and counter rows (code also upserts them, so a truncated table heals itself).
INSERT INTO "settings" ("id", "updated_at") VALUES (1, now()) ON CONFLICT DO NOTHING;
INSERT INTO "dataset_counter" ("id", "updated_at") VALUES (1, now()) ON CONFLICT DO NOTHING;
