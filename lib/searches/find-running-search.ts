import { prisma } from "@/lib/db";
import { toSearchView } from "@/lib/searches/get-search";

const ROW_WAIT_MS = 2_000;
const POLL_MS = 25;

/** The running search that holds a keyword's lock, as the API shows it. The lock is taken a moment before its row is
 * written, so a request arriving in between waits for the row (briefly); null if it never appears. */
export async function findRunningSearch(options: { searchId: string }) {
  const deadline = Date.now() + ROW_WAIT_MS;
  for (;;) {
    const search = await prisma.search.findUnique({ where: { id: options.searchId }, include: { requestedBy: { select: { name: true } } } });
    if (search) return toSearchView(search);
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
