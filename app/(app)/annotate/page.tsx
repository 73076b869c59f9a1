import type { Metadata } from "next";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatPercent } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getQueueOverview } from "@/lib/labeling/get-queue-overview";

export const metadata: Metadata = { title: "Annotate" };

export default async function AnnotatePage() {
  const user = await requirePageUser({ roles: ["annotator"], path: "/annotate" });
  const queue = await getQueueOverview({ annotatorId: user.id });
  return (
    <>
      <PageHeader title="Annotate" description="Correct the model where it is least sure first." />
      <div className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-3">
        <Stat label="Waiting for you" value={queue.waiting} />
        <Stat label="Corrected by you" value={queue.correctedByMe} />
      </div>
      {queue.next.length === 0 ? (
        <EmptyState title="Nothing to annotate yet">
          Items show up here once an analyst&apos;s search has been classified by the model.
        </EmptyState>
      ) : (
        <Card>
          <h2 className="border-b border-slate-100 px-5 py-3 text-sm font-semibold">Next up (least confident first)</h2>
          <ul className="divide-y divide-slate-100">
            {queue.next.map((prediction) => (
              <li key={prediction.id} className="px-5 py-3 text-sm">
                <p className="text-xs text-slate-500">
                  r/{prediction.item.subreddit} · model says {prediction.label} ({formatPercent(prediction.confidence)})
                </p>
                <p className="mt-0.5 line-clamp-2">{prediction.item.title ?? prediction.item.body}</p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
