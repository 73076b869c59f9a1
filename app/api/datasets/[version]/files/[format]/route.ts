import { withHandler } from "@/lib/api/with-handler";
import { serveDatasetFile } from "@/lib/datasets/serve-dataset-file";
import { datasetFileParamsSchema } from "@/lib/schemas/dataset";

// GET /api/datasets/:version/files/:format – download csv | jsonl | parquet | card | zip, streamed, with an ETag
// (everyone who sees /datasets)
export const GET = withHandler(
  { route: "/api/datasets/[version]/files/[format]", access: ["analyst", "annotator"], params: datasetFileParamsSchema },
  async ({ params, request }) => serveDatasetFile({ ...params, ifNoneMatch: request.headers.get("if-none-match") }),
);
