import type { Metadata } from "next";
import { Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listJobRuns } from "@/lib/jobs/list-job-runs";

export const metadata: Metadata = { title: "Jobs" };

const STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

export default async function JobsPage() {
  await requirePageUser({ roles: ["admin"], path: "/admin/jobs" });
  const { runs, counts } = await listJobRuns();
  return (
    <>
      <PageHeader title="Jobs" description="Background work: ingestion, classification and dataset builds." />
      <div className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-5">
        {STATUSES.map((status) => (
          <Stat key={status} label={status} value={counts[status] ?? 0} />
        ))}
      </div>
      {runs.length === 0 ? (
        <EmptyState title="No jobs have run yet" />
      ) : (
        <Table label="Jobs" headers={["Type", "Search", "Status", "Engine", "Attempts", "Started", "Error"]}>
          {runs.map((run) => (
            <tr key={run.id}>
              <Cell className="font-medium">{run.type}</Cell>
              <Cell>{run.search?.keyword ?? "—"}</Cell>
              <Cell>{run.status}</Cell>
              <Cell>{run.engine}</Cell>
              <Cell className="tabular-nums">{run.attempts}</Cell>
              <Cell className="text-slate-500">{run.startedAt ? formatDateTime(run.startedAt) : "—"}</Cell>
              <Cell className="max-w-xs truncate text-rose-700">{run.errorMessage ?? ""}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
