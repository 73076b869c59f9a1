import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listDatasets } from "@/lib/datasets/list-datasets";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  await requirePageUser({ roles: ["analyst", "annotator"], path: "/datasets" });
  const datasets = await listDatasets();
  return (
    <>
      <PageHeader
        title="Datasets"
        description={`A new version is built automatically after every ${env.DATASET_THRESHOLD} new corrections.`}
      />
      {datasets.length === 0 ? (
        <EmptyState title="No dataset versions yet">
          The first version is built once annotators have made {env.DATASET_THRESHOLD} corrections.
        </EmptyState>
      ) : (
        <Table label="Datasets" headers={["Version", "Status", "Items", "Train / val / test", "Trigger", "Built"]}>
          {datasets.map((dataset) => (
            <tr key={dataset.id}>
              <Cell className="font-medium">v{dataset.version}</Cell>
              <Cell>{dataset.status}</Cell>
              <Cell className="tabular-nums">{dataset.itemCount}</Cell>
              <Cell className="tabular-nums">
                {dataset.trainCount} / {dataset.validationCount} / {dataset.testCount}
              </Cell>
              <Cell>{dataset.trigger}</Cell>
              <Cell className="text-slate-500">{formatDateTime(dataset.createdAt)}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
