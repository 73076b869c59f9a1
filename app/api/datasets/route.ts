import { withHandler } from "@/lib/api/with-handler";
import { listDatasets } from "@/lib/datasets/list-datasets";

// GET /api/datasets – every version, queued builds, the threshold and the answers counted towards the next version
// (everyone who sees /datasets)
export const GET = withHandler({ route: "/api/datasets", access: ["analyst", "annotator"] }, async () => listDatasets());
