import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { textSearchSql } from "@/lib/results/item-filter-sql";

// The text filter "q" must be able to use the trigram indexes: without them it reads every item (266 ms at 100,000).
// A test database is too small for the planner to prefer an index on its own, so sequential and plain index scans
// are switched off for the transaction: the plan can then only read reddit_items through a bitmap of an index that
// answers the ILIKE, or fall back to the (disabled, still possible) sequential scan. What the planner picks on a
// realistic table is measured by npm run bench:results ("items, text search").

async function planOf(q: string): Promise<string> {
  const [, , rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL enable_seqscan = off`,
    prisma.$executeRaw`SET LOCAL enable_indexscan = off`,
    prisma.$queryRaw<Array<{ "QUERY PLAN": string }>>`EXPLAIN SELECT i.id FROM reddit_items i WHERE ${textSearchSql(q)}`,
  ]);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

describe("the text filter's SQL", () => {
  afterAll(() => prisma.$disconnect());

  it.each(["oled", "100%", "b_dy"])("q=%s reads title and body through their trigram indexes", async (q) => {
    const plan = await planOf(q);
    expect(plan).toMatch(/Bitmap Index Scan on reddit_items_title_trgm_idx/);
    expect(plan).toMatch(/Bitmap Index Scan on reddit_items_body_trgm_idx/);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
