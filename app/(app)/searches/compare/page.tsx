import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareView } from "@/components/results/compare/compare-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Compare searches" };

// /searches/compare?ids=a,b – up to four finished searches side by side (analyst, admin)
export default async function CompareSearchesPage() {
  await requirePageUser({ roles: ["analyst"], path: "/searches/compare" });
  return (
    <>
      <PageHeader title="Compare searches" description="Sentiment over time and label shares of up to four finished searches." />
      <Suspense fallback={<p className="text-sm text-slate-500">Loading…</p>}>
        <CompareView />
      </Suspense>
    </>
  );
}
