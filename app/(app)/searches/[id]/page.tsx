import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchResults } from "@/components/results/search-results";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Search results" };

// /searches/:id – what one search found: charts, the corrected estimate, the items and their export (analyst, admin)
export default async function SearchResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["analyst"], path: `/searches/${id}` });
  return (
    <Suspense fallback={<p className="text-sm text-slate-500">Loading search…</p>}>
      <SearchResults searchId={id} />
    </Suspense>
  );
}
