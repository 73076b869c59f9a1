import type { Metadata } from "next";
import { Suspense } from "react";
import { AnnotationScreen } from "@/components/annotate/annotation-screen";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listSearches } from "@/lib/searches/list-searches";

export const metadata: Metadata = { title: "Annotate" };

export default async function AnnotatePage() {
  await requirePageUser({ roles: ["annotator"], path: "/annotate" });
  // The search filter offers the searches that have reached the model (the queue holds predicted items only).
  const { searches } = await listSearches({ page: 1, pageSize: 100, status: undefined });
  const options = searches.filter((s) => s.progress.classified > 0).map((s) => ({ id: s.id, keyword: s.keyword }));
  return (
    <Suspense>
      <AnnotationScreen searches={options} />
    </Suspense>
  );
}
