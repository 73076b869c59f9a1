import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { SearchResults } from "@/components/results/search-results";
import { AppError } from "@/lib/api/errors";
import { getPageUser } from "@/lib/auth/get-page-user";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getSearch } from "@/lib/searches/get-search";

/** The search, or null when there is none with this id; looked up once for the title and the page. */
const findSearch = cache(async (id: string) => {
  try {
    return await getSearch({ id, cached: true });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
});

// The keyword names the tab (several searches are often open side by side); only for those who may read it.
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const user = await getPageUser();
  if (!user || !hasRole(user.role, ["analyst"])) return { title: "Search results" };
  const search = await findSearch((await params).id);
  return { title: search ? `${search.keyword} · results` : "Search not found" };
}

// /searches/:id – what one search found: charts, the corrected estimate, the items and their export (analyst, admin).
// A wrong or deleted id is the 404 page, not an empty page behind a 200.
export default async function SearchResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser({ roles: ["analyst"], path: `/searches/${id}` });
  if (!(await findSearch(id))) notFound();
  return (
    <Suspense fallback={<p className="text-sm text-slate-500">Loading search…</p>}>
      <SearchResults searchId={id} />
    </Suspense>
  );
}
