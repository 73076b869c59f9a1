import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { WaitNotice } from "@/lib/reddit/http-context";

// Waits shorter than this are routine pacing; longer ones are shown on the search while they last.
export const NOTED_WAIT_MS = 5_000;

export function describeWait(wait: WaitNotice): string {
  const until = new Date(wait.until).toISOString().slice(11, 19);
  return `waiting ${Math.ceil(wait.ms / 1000)} s (until ${until} UTC) before ${wait.path}: ${wait.reason}`;
}

// Puts the wait into the search's note (the API's stopNote) without touching the resume cursor; the next committed
// page replaces it.
export async function writeWaitNote(options: { db: PrismaClient; searchId: string; note: string }): Promise<void> {
  await options.db.$executeRaw`
    UPDATE searches SET cursor = COALESCE(cursor, '{}'::jsonb) || jsonb_build_object('note', ${options.note}::text)
    WHERE id = ${options.searchId} AND stop_reason IS NULL`;
}
