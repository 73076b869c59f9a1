import { claimItems } from "@/lib/annotation/claim-items";
import { defaultClaimTtlMs } from "@/lib/annotation/claim-keys";
import { countQueue } from "@/lib/annotation/count-queue";
import { getClaimOwners } from "@/lib/annotation/get-claim-owners";
import { getCurrentModel } from "@/lib/annotation/get-current-model";
import { listQueueCandidates } from "@/lib/annotation/list-queue-candidates";
import { loadQueueItems } from "@/lib/annotation/load-queue-items";
import { releaseClaims } from "@/lib/annotation/release-claims";
import type { QueueQuery, QueueResponse } from "@/lib/annotation/types";
import { getSettings } from "@/lib/settings/get-settings";

// Candidates are read a page at a time; many annotators asking at once skip past each other's claims, so a few
// pages may be needed. The cap bounds one request's work when nearly everything is on other screens.
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/**
 * The next items for an annotator, claimed for them: candidates in queue order, minus items on somebody else's
 * screen. Items the annotator already holds (e.g. after a reload) come back to them.
 */
export async function getQueue(options: { annotatorId: string; query: QueueQuery; claimTtlMs?: number }): Promise<QueueResponse> {
  const claimTtlMs = options.claimTtlMs ?? defaultClaimTtlMs();
  const [settings, model] = await Promise.all([getSettings(), getCurrentModel()]);
  if (!model) return { items: [], remaining: 0, overlap: settings.overlap, claimTtlMs, modelVersion: null };

  const { query, annotatorId } = options;
  const filter = { ...query, annotatorId, overlap: settings.overlap, model };
  const claimed: string[] = [];
  for (let page = 0; page < MAX_PAGES && claimed.length < query.limit; page++) {
    const candidates = await listQueueCandidates({ ...filter, order: query.order, offset: page * PAGE_SIZE, take: PAGE_SIZE });
    const owners = await getClaimOwners(candidates);
    let free = candidates.filter((_, i) => owners[i] === null || owners[i] === annotatorId);
    // Claim just what is missing; a lost race (someone claimed it since the read) moves on to the next free ones.
    while (free.length > 0 && claimed.length < query.limit) {
      const wanted = free.slice(0, query.limit - claimed.length);
      free = free.slice(wanted.length);
      claimed.push(...(await claimItems({ annotatorId, itemIds: wanted, ttlMs: claimTtlMs })));
    }
    if (candidates.length < PAGE_SIZE) break;
  }

  const claimExpiresAt = new Date(Date.now() + claimTtlMs);
  const [{ items, gone }, remaining] = await Promise.all([
    loadQueueItems({ itemIds: claimed, annotatorId, overlap: settings.overlap, model, searchId: query.searchId, claimExpiresAt }),
    countQueue(filter),
  ]);
  if (gone.length > 0) await releaseClaims({ annotatorId, itemIds: gone });
  return { items, remaining, overlap: settings.overlap, claimTtlMs, modelVersion: model.modelVersion };
}
