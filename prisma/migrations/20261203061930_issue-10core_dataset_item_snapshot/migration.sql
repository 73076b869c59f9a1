-- What a dataset version's files say about each item (model label and confidence, answers and agreement), frozen
-- in the build's snapshot transaction so files and database rows always agree.
ALTER TABLE "dataset_items" ADD COLUMN "model_label" "Sentiment",
ADD COLUMN "model_confidence" DOUBLE PRECISION,
ADD COLUMN "annotators" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "agreement" DOUBLE PRECISION;
