import { z } from "zod";
import { DATASET_FORMATS } from "@/lib/datasets/types";

// Path parameters of /api/datasets/:version[/files/:format]. Versions are written as plain numbers ("3", not "v3"):
// anything else is a 422 naming the segment, never a 404 for a version that merely looks odd.

const versionSchema = z
  .string("Give a dataset version, e.g. 3.")
  .regex(/^[1-9][0-9]{0,8}$/, "A version is a whole number from 1, e.g. 3.")
  .transform(Number);

export const datasetVersionParamsSchema = z.object({ version: versionSchema });
export type DatasetVersionParams = z.infer<typeof datasetVersionParamsSchema>;

export const datasetFormatSchema = z.enum(DATASET_FORMATS, `Choose one of ${DATASET_FORMATS.join(", ")}.`);

export const datasetFileParamsSchema = z.object({ version: versionSchema, format: datasetFormatSchema });
export type DatasetFileParams = z.infer<typeof datasetFileParamsSchema>;
