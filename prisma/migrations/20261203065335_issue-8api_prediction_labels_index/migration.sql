-- The result summary's model labels, read from a narrow index (index-only scan) instead of the wide prediction rows.

-- CreateIndex
CREATE INDEX "predictions_model_id_model_version_item_id_label_confidence_idx" ON "predictions"("model_id", "model_version", "item_id", "label", "confidence");

