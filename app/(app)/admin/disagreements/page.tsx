import type { Metadata } from "next";
import { DisagreementList } from "@/components/annotate/disagreement-list";
import { TeamAgreement } from "@/components/annotate/team-agreement";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Disagreements" };

export default async function DisagreementsPage() {
  await requirePageUser({ roles: ["admin"], path: "/admin/disagreements" });
  return (
    <>
      <PageHeader title="Disagreements" description="Items whose annotators answered differently. Your settlement wins in datasets." />
      <div className="space-y-8">
        <TeamAgreement />
        <DisagreementList />
      </div>
    </>
  );
}
