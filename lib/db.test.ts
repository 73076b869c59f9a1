import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

describe("database", () => {
  afterAll(() => prisma.$disconnect());
  it("talks to the migrated test database", async () => {
    const rows = await prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(rows[0]?.db).toBe("postmood_test");
    expect(await prisma.search.count()).toBe(0);
  });
});
