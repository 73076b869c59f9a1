import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listRecentSearches } from "@/lib/searches/list-recent-searches";

export const metadata: Metadata = { title: "Searches" };

export default async function SearchesPage() {
  await requirePageUser({ roles: ["analyst"], path: "/searches" });
  const searches = await listRecentSearches();
  return (
    <>
      <PageHeader title="Searches" description="Keyword searches over Reddit and what the model made of them." />
      {searches.length === 0 ? (
        <EmptyState title="No searches yet">
          Searches started by any analyst appear here with their progress and results.
        </EmptyState>
      ) : (
        <Table label="Searches" headers={["Keyword", "Source", "Status", "Items", "Classified", "Requested"]}>
          {searches.map((search) => (
            <tr key={search.id}>
              <Cell className="font-medium">{search.keyword}</Cell>
              <Cell>{search.source.replace("_", " ")}</Cell>
              <Cell>{search.status}</Cell>
              <Cell className="tabular-nums">{search.storedCount}</Cell>
              <Cell className="tabular-nums">{search.classifiedCount}</Cell>
              <Cell className="text-slate-500">
                {formatDateTime(search.createdAt)}
                {search.requestedBy ? ` · ${search.requestedBy.name}` : ""}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
