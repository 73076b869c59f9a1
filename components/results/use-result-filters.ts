"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readBucketParam, readFilterParams, toFilterParams } from "@/lib/results/filter-params";
import type { ItemFilters, TimeBucket } from "@/lib/results/types";

// The result page's filters and time bucket live in the URL: a filtered view can be shared or bookmarked, and the
// back button undoes a filter. Updates replace the history entry so typing in the search box does not flood it.
export function useResultFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(() => readFilterParams(new URLSearchParams(query)), [query]);
  const bucket = readBucketParam(new URLSearchParams(query));

  const navigate = useCallback(
    (next: ItemFilters, nextBucket: TimeBucket | undefined) => {
      const params = toFilterParams(next);
      if (nextBucket) params.set("bucket", nextBucket);
      const text = params.toString();
      router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
    },
    [router, pathname],
  );

  return {
    filters,
    bucket,
    setFilters: (patch: Partial<ItemFilters>) => navigate(withoutEmpty({ ...filters, ...patch }), bucket),
    clearFilters: () => navigate({}, bucket),
    setBucket: (next: TimeBucket) => navigate(filters, next),
  };
}

function withoutEmpty(filters: ItemFilters): ItemFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== "")) as ItemFilters;
}
