import { withHandler } from "@/lib/api/with-handler";
import { listDatasets } from "@/lib/datasets/list-datasets";
import { requestManualBuild } from "@/lib/datasets/request-manual-build";
import type { StartDatasetBuildResponse } from "@/lib/datasets/types";

// GET /api/datasets – every version, queued builds, the threshold and the answers counted towards the next version
// (everyone who sees /datasets)
export const GET = withHandler({ route: "/api/datasets", access: ["analyst", "annotator"] }, async () => listDatasets());

// POST /api/datasets – build now: reserves the next version and queues its build; 202 with that version (admin)
export const POST = withHandler(
  { route: "/api/datasets", access: ["admin"], rateLimit: { max: 10, windowSeconds: 60 } },
  async ({ user }) => {
    const { version } = await requestManualBuild({ requestedById: user.id });
    return Response.json({ version } satisfies StartDatasetBuildResponse, { status: 202, headers: { location: `/api/datasets/${version}` } });
  },
);
