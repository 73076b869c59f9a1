import { prisma } from "@/lib/db";

export async function listDatasets() {
  return prisma.dataset.findMany({
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      status: true,
      trigger: true,
      itemCount: true,
      trainCount: true,
      validationCount: true,
      testCount: true,
      createdAt: true,
    },
  });
}
