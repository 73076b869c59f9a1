import { prisma } from "@/lib/db";

export async function listJobRuns(options: { take?: number } = {}) {
  const [runs, byStatus] = await Promise.all([
    prisma.jobRun.findMany({
      orderBy: { createdAt: "desc" },
      take: options.take ?? 50,
      include: { search: { select: { keyword: true } } },
    }),
    prisma.jobRun.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all]));
  return { runs, counts };
}
