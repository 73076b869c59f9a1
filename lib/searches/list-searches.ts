import { prisma } from "@/lib/db";
import type { ListSearchesQuery } from "@/lib/schemas/search";
import { toSearchView } from "@/lib/searches/get-search";

export async function listSearches(query: ListSearchesQuery) {
  const where = query.status ? { status: query.status } : {};
  const [total, searches] = await Promise.all([
    prisma.search.count({ where }),
    prisma.search.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { requestedBy: { select: { name: true } } },
    }),
  ]);
  return {
    searches: searches.map(toSearchView),
    page: query.page,
    pageSize: query.pageSize,
    total,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
