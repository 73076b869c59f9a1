import { withHandler } from "@/lib/api/with-handler";
import { getDataset } from "@/lib/datasets/get-dataset";
import { datasetVersionParamsSchema } from "@/lib/schemas/dataset";

// GET /api/datasets/:version – one version: counts, statistics, what changed, its card (everyone who sees /datasets)
export const GET = withHandler(
  { route: "/api/datasets/[version]", access: ["analyst", "annotator"], params: datasetVersionParamsSchema },
  async ({ params }) => getDataset(params),
);
