import type { IngestSource } from "@/lib/generated/prisma/client";
import { normalizeItem } from "@/lib/reddit/normalize-item";
import type { NormalizedItem, SkipCounts } from "@/lib/reddit/types";

export type RawThing = { raw: unknown; kind?: "t1" | "t3" };

// Normalizes a page of raw things, counting every skip by reason.
export function normalizePage(options: {
  things: RawThing[];
  source: IngestSource;
  includeNsfw?: boolean;
}): { items: NormalizedItem[]; skipped: SkipCounts; fetched: number } {
  const items: NormalizedItem[] = [];
  const skipped: SkipCounts = {};
  for (const thing of options.things) {
    const result = normalizeItem({ raw: thing.raw, kind: thing.kind, source: options.source, includeNsfw: options.includeNsfw });
    if (result.skip) skipped[result.skip] = (skipped[result.skip] ?? 0) + 1;
    else if (result.item) items.push(result.item);
  }
  return { items, skipped, fetched: options.things.length };
}
