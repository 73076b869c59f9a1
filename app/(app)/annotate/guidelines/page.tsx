import type { Metadata } from "next";
import Link from "next/link";
import { GuidelinesContent } from "@/components/annotate/guidelines-content";
import { ShortcutsTable } from "@/components/annotate/shortcuts-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Guidelines" };

export default async function GuidelinesPage() {
  await requirePageUser({ roles: ["annotator"], path: "/annotate/guidelines" });
  return (
    <>
      <PageHeader
        title="Guidelines"
        description="How to label. Press g on the queue screen to read them without leaving it."
        actions={<Link href="/annotate" className="text-sm font-medium text-brand-700 hover:underline">Back to the queue</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card className="p-6">
          <GuidelinesContent />
        </Card>
        <Card className="h-fit p-5">
          <h2 className="mb-2 text-sm font-semibold">Shortcuts</h2>
          <ShortcutsTable />
        </Card>
      </div>
    </>
  );
}
