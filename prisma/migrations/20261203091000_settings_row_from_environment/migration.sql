-- The settings row used to be inserted here with the column defaults, before the application could give it
-- DATASET_THRESHOLD, so that variable never took effect on a new install. The row is now created on first use by
-- lib/settings/ensure-settings-row.ts. Remove a row nobody has edited (no admin saved it, every value the default),
-- so its first real values come from the environment, and a row an admin saved is kept as it is.
DELETE FROM "settings"
 WHERE "id" = 1 AND "updated_by_id" IS NULL AND "overlap" = 1 AND "dataset_threshold" = 50
   AND NOT "include_silver" AND "silver_min_confidence" = 0.9 AND "guidelines" = '';
