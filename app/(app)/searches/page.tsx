import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/searches/search-form";
import { SearchList } from "@/components/searches/search-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Searches" };

export default async function SearchesPage() {
  await requirePageUser({ roles: ["analyst"], path: "/searches" });
  return (
    <>
      <PageHeader
        title="Searches"
        description="Type a keyword: postmood collects matching Reddit posts and labels their sentiment."
        actions={<Link href="/searches/compare" className="shrink-0 text-sm font-medium text-brand-700 hover:underline">Compare searches</Link>}
      />
      <SearchForm />
      <SearchList />
    </>
  );
}
