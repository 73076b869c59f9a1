import { AppError, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/get-session-user";
import { prisma } from "@/lib/db";
import { releaseNamedLock } from "@/lib/redis/lock";
import { SEARCH_ACTIVE_STATUSES } from "@/lib/schemas/search";
import { forgetSearchView } from "@/lib/searches/get-search";
import { searchLockName } from "@/lib/searches/search-keys";

// Cancels a running search. The running ingestion notices within a second (lib/searches/run-ingestion.ts watches
// the status) and stops after its current page; pending classification batches are skipped. What was stored stays.
// Only the analyst who started it, or an admin, may cancel it (a search started from the CLI has no owner: admins).
export async function cancelSearch(options: { id: string; user: SessionUser }) {
  const search = await prisma.search.findUnique({ where: { id: options.id } });
  if (!search) throw notFound("Search");
  if (options.user.role !== "admin" && search.requestedById !== options.user.id) {
    throw new AppError(403, "forbidden", "Only the analyst who started this search, or an admin, can cancel it.");
  }
  const { count } = await prisma.search.updateMany({
    where: { id: search.id, status: { in: [...SEARCH_ACTIVE_STATUSES] } },
    data: { status: "cancelled", finishedAt: new Date() },
  });
  if (count === 0) throw new AppError(409, "conflict", `The search is already ${search.status}.`);
  await releaseNamedLock({ name: searchLockName(search.normalizedKeyword), token: search.id });
  await forgetSearchView({ id: search.id });
  return { id: search.id, status: "cancelled" as const };
}
