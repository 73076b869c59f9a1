import type { Metadata } from "next";
import { DatasetsView } from "@/components/datasets/datasets-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  const user = await requirePageUser({ roles: ["analyst", "annotator"], path: "/datasets" });
  return (
    <>
      <PageHeader
        title="Datasets"
        description="Sentiment-labeled versions of the annotated items, split into train, validation and test, ready to download."
      />
      <DatasetsView canManage={user.role === "admin"} />
    </>
  );
}
