import type { AppEvent } from "@/inngest/events";
import { inngest } from "@/inngest/client";
import { getQueue, jobIdFor, QUEUE_FOR_EVENT } from "@/lib/jobs/bullmq/queues";
import { jobEngine } from "@/lib/jobs/engine";

// The one way the app starts background work. Every event has a deterministic id: Inngest drops a repeated id, and
// BullMQ ignores a job whose id already exists, so retried sends never start work twice.
export async function sendEvents(events: AppEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (jobEngine === "inngest") {
    await inngest.send(events);
    return;
  }
  const byQueue = new Map<string, AppEvent[]>();
  for (const event of events) {
    const name = QUEUE_FOR_EVENT[event.name];
    byQueue.set(name, [...(byQueue.get(name) ?? []), event]);
  }
  await Promise.all(
    [...byQueue].map(([name, queued]) =>
      getQueue(name).addBulk(queued.map((event) => ({ name: event.name, data: { event, steps: {} }, opts: { jobId: jobIdFor(event) } }))),
    ),
  );
}
