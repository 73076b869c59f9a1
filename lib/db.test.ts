import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

describe("database", () => {
  afterAll(() => prisma.$disconnect());
  it("talks to the migrated test database", async () => {
    const rows = await prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(rows[0]?.db).toMatch(/^postmood_test/);
    expect(await prisma.search.count()).toBeGreaterThanOrEqual(0);
    const tables = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(tables[0]?.n)).toBeGreaterThan(0);
  });
});
