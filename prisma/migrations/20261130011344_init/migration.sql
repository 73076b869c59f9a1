-- CreateEnum
CREATE TYPE "SearchStatus" AS ENUM ('queued', 'ingesting', 'classifying', 'done', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "IngestSource" AS ENUM ('reddit', 'arctic_shift', 'dump');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('post', 'comment');

-- CreateEnum
CREATE TYPE "Sentiment" AS ENUM ('negative', 'neutral', 'positive');

-- CreateEnum
CREATE TYPE "CorrectionAction" AS ENUM ('label', 'skip', 'off_topic');

-- CreateEnum
CREATE TYPE "DatasetTrigger" AS ENUM ('threshold', 'manual');

-- CreateEnum
CREATE TYPE "DatasetStatus" AS ENUM ('building', 'ready', 'failed');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'annotator',
    "banned" BOOLEAN DEFAULT false,
    "ban_reason" TEXT,
    "ban_expires" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "impersonated_by" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMP(3),
    "refresh_token_expires_at" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verifications" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "searches" (
    "id" TEXT NOT NULL,
    "keyword" TEXT NOT NULL,
    "normalized_keyword" TEXT NOT NULL,
    "source" "IngestSource" NOT NULL DEFAULT 'reddit',
    "options" JSONB NOT NULL DEFAULT '{}',
    "status" "SearchStatus" NOT NULL DEFAULT 'queued',
    "requested_by_id" TEXT,
    "expected_count" INTEGER,
    "fetched_count" INTEGER NOT NULL DEFAULT 0,
    "stored_count" INTEGER NOT NULL DEFAULT 0,
    "duplicate_count" INTEGER NOT NULL DEFAULT 0,
    "skipped_count" INTEGER NOT NULL DEFAULT 0,
    "skipped_by_reason" JSONB NOT NULL DEFAULT '{}',
    "classified_count" INTEGER NOT NULL DEFAULT 0,
    "request_count" INTEGER NOT NULL DEFAULT 0,
    "rate_limit_waits" INTEGER NOT NULL DEFAULT 0,
    "stop_reason" TEXT,
    "cursor" JSONB,
    "error_code" TEXT,
    "error_message" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reddit_items" (
    "id" TEXT NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "subreddit" TEXT NOT NULL,
    "author" TEXT,
    "title" TEXT,
    "body" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "permalink" TEXT,
    "created_utc" TIMESTAMP(3) NOT NULL,
    "score" INTEGER,
    "num_comments" INTEGER,
    "upvote_ratio" DOUBLE PRECISION,
    "is_nsfw" BOOLEAN NOT NULL DEFAULT false,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "is_removed" BOOLEAN NOT NULL DEFAULT false,
    "is_stickied" BOOLEAN NOT NULL DEFAULT false,
    "crosspost_parent" TEXT,
    "parent_id" TEXT,
    "link_id" TEXT,
    "normalized_text" TEXT NOT NULL,
    "text_hash" TEXT NOT NULL,
    "source" "IngestSource" NOT NULL,
    "raw" JSONB NOT NULL,
    "first_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reddit_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_hits" (
    "search_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "near_duplicate_of" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_hits_pkey" PRIMARY KEY ("search_id","item_id")
);

-- CreateTable
CREATE TABLE "predictions" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "model_version" TEXT NOT NULL,
    "label" "Sentiment" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "probabilities" JSONB NOT NULL,
    "raw_scores" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "predictions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrections" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "annotator_id" TEXT NOT NULL,
    "action" "CorrectionAction" NOT NULL,
    "label" "Sentiment",
    "model_label" "Sentiment",
    "prediction_id" TEXT,
    "duration_ms" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "corrections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "correction_events" (
    "id" BIGSERIAL NOT NULL,
    "item_id" TEXT NOT NULL,
    "annotator_id" TEXT NOT NULL,
    "action" "CorrectionAction" NOT NULL,
    "label" "Sentiment",
    "model_label" "Sentiment",
    "duration_ms" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "correction_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "datasets" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "trigger" "DatasetTrigger" NOT NULL,
    "status" "DatasetStatus" NOT NULL DEFAULT 'building',
    "watermark" BIGINT NOT NULL,
    "item_count" INTEGER NOT NULL DEFAULT 0,
    "train_count" INTEGER NOT NULL DEFAULT 0,
    "validation_count" INTEGER NOT NULL DEFAULT 0,
    "test_count" INTEGER NOT NULL DEFAULT 0,
    "label_counts" JSONB NOT NULL DEFAULT '{}',
    "files" JSONB NOT NULL DEFAULT '[]',
    "card" TEXT,
    "error_message" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "datasets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "engine" TEXT NOT NULL,
    "external_id" TEXT,
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "error_message" TEXT,
    "search_id" TEXT,
    "dataset_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "verifications_identifier_idx" ON "verifications"("identifier");

-- CreateIndex
CREATE INDEX "searches_normalized_keyword_created_at_idx" ON "searches"("normalized_keyword", "created_at" DESC);

-- CreateIndex
CREATE INDEX "searches_status_idx" ON "searches"("status");

-- CreateIndex
CREATE INDEX "searches_created_at_idx" ON "searches"("created_at" DESC);

-- CreateIndex
CREATE INDEX "searches_requested_by_id_idx" ON "searches"("requested_by_id");

-- CreateIndex
CREATE INDEX "reddit_items_text_hash_idx" ON "reddit_items"("text_hash");

-- CreateIndex
CREATE INDEX "reddit_items_subreddit_created_utc_idx" ON "reddit_items"("subreddit", "created_utc");

-- CreateIndex
CREATE INDEX "reddit_items_created_utc_idx" ON "reddit_items"("created_utc");

-- CreateIndex
CREATE INDEX "reddit_items_link_id_idx" ON "reddit_items"("link_id");

-- CreateIndex
CREATE INDEX "search_hits_item_id_idx" ON "search_hits"("item_id");

-- CreateIndex
CREATE INDEX "predictions_model_version_confidence_idx" ON "predictions"("model_version", "confidence");

-- CreateIndex
CREATE INDEX "predictions_label_idx" ON "predictions"("label");

-- CreateIndex
CREATE UNIQUE INDEX "predictions_item_id_model_id_model_version_key" ON "predictions"("item_id", "model_id", "model_version");

-- CreateIndex
CREATE INDEX "corrections_annotator_id_updated_at_idx" ON "corrections"("annotator_id", "updated_at");

-- CreateIndex
CREATE INDEX "corrections_label_idx" ON "corrections"("label");

-- CreateIndex
CREATE UNIQUE INDEX "corrections_item_id_annotator_id_key" ON "corrections"("item_id", "annotator_id");

-- CreateIndex
CREATE INDEX "correction_events_item_id_annotator_id_idx" ON "correction_events"("item_id", "annotator_id");

-- CreateIndex
CREATE INDEX "correction_events_created_at_idx" ON "correction_events"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "datasets_version_key" ON "datasets"("version");

-- CreateIndex
CREATE INDEX "datasets_created_at_idx" ON "datasets"("created_at" DESC);

-- CreateIndex
CREATE INDEX "job_runs_status_type_idx" ON "job_runs"("status", "type");

-- CreateIndex
CREATE INDEX "job_runs_search_id_idx" ON "job_runs"("search_id");

-- CreateIndex
CREATE INDEX "job_runs_created_at_idx" ON "job_runs"("created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "job_runs_type_external_id_key" ON "job_runs"("type", "external_id");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "searches" ADD CONSTRAINT "searches_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "search_hits" ADD CONSTRAINT "search_hits_search_id_fkey" FOREIGN KEY ("search_id") REFERENCES "searches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "search_hits" ADD CONSTRAINT "search_hits_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "predictions" ADD CONSTRAINT "predictions_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_annotator_id_fkey" FOREIGN KEY ("annotator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_prediction_id_fkey" FOREIGN KEY ("prediction_id") REFERENCES "predictions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_events" ADD CONSTRAINT "correction_events_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "reddit_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction_events" ADD CONSTRAINT "correction_events_annotator_id_fkey" FOREIGN KEY ("annotator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_runs" ADD CONSTRAINT "job_runs_search_id_fkey" FOREIGN KEY ("search_id") REFERENCES "searches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_runs" ADD CONSTRAINT "job_runs_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
