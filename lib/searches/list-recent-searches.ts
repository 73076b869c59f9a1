import { prisma } from "@/lib/db";

export async function listRecentSearches(options: { take?: number } = {}) {
  return prisma.search.findMany({
    orderBy: { createdAt: "desc" },
    take: options.take ?? 20,
    select: {
      id: true,
      keyword: true,
      source: true,
      status: true,
      storedCount: true,
      classifiedCount: true,
      createdAt: true,
      requestedBy: { select: { name: true } },
    },
  });
}
