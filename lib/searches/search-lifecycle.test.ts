import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { completeSearchIfDone, finishIngestion } from "@/lib/searches/search-lifecycle";
import { addPrediction, createModel, type TestModel } from "@/test/helpers/annotation-fixtures";

// The completion check on the real database: each classification batch marks its own hits and adds them to the
// counter; the search is done when no hit is left unclassified, counted exactly once however batches repeat.

let model: TestModel;

async function createClassifyingSearch() {
  const keyword = `lifecycle ${randomUUID()}`;
  return prisma.search.create({ data: { keyword, normalizedKeyword: keyword, status: "classifying" } });
}

/** Stored items (hits) without predictions, the way ingestion leaves them before classification. */
async function storeItems(searchId: string, count: number, subreddit = "SteamDeck"): Promise<string[]> {
  const ids = Array.from({ length: count }, () => `t3_${randomUUID().replaceAll("-", "").slice(0, 12)}`);
  await prisma.redditItem.createMany({
    data: ids.map((id, k) => ({
      id, kind: "post" as const, subreddit, title: id, createdUtc: new Date(Date.UTC(2026, 0, 1 + k)),
      normalizedText: id, textHash: id, source: "reddit" as const, raw: {},
    })),
  });
  await prisma.searchHit.createMany({ data: ids.map((itemId) => ({ searchId, itemId })) });
  return ids;
}

const predict = (ids: string[]) => Promise.all(ids.map((itemId) => addPrediction({ itemId, model })));
const read = (id: string) => prisma.search.findUniqueOrThrow({ where: { id }, select: { status: true, classifiedCount: true, finishedAt: true } });

describe("completeSearchIfDone", () => {
  afterAll(() => getSharedTcpConnection().quit());
  beforeEach(() => {
    model = createModel();
  });

  it("counts each batch's classified items once and finishes when none is left", async () => {
    const search = await createClassifyingSearch();
    const ids = await storeItems(search.id, 6);
    const [first, second] = [ids.slice(0, 3), ids.slice(3)];

    await predict(first);
    expect(await completeSearchIfDone({ searchId: search.id, itemIds: first })).toBe(false);
    expect(await read(search.id)).toMatchObject({ status: "classifying", classifiedCount: 3 });

    // A redelivered batch, and a call without a batch (end of ingestion), add nothing.
    expect(await completeSearchIfDone({ searchId: search.id, itemIds: first })).toBe(false);
    expect(await completeSearchIfDone({ searchId: search.id })).toBe(false);
    expect((await read(search.id)).classifiedCount).toBe(3);

    // A batch whose classification failed for one item: that hit stays unclassified and keeps the search open.
    await predict(second.slice(0, 2));
    expect(await completeSearchIfDone({ searchId: search.id, itemIds: second })).toBe(false);
    expect(await read(search.id)).toMatchObject({ status: "classifying", classifiedCount: 5 });

    await predict(second.slice(2));
    expect(await completeSearchIfDone({ searchId: search.id, itemIds: second })).toBe(true);
    const done = await read(search.id);
    expect(done).toMatchObject({ status: "done", classifiedCount: 6 });
    expect(done.finishedAt).not.toBeNull();
    // Done happens once.
    expect(await completeSearchIfDone({ searchId: search.id, itemIds: second })).toBe(false);
    expect((await read(search.id)).classifiedCount).toBe(6);
  });

  it("batches running at the same time, and repeated, still count every item exactly once", async () => {
    const search = await createClassifyingSearch();
    const ids = await storeItems(search.id, 40);
    await predict(ids);
    const batches = [ids.slice(0, 20), ids.slice(20), ids.slice(10, 30), ids.slice(0, 20)];
    const results = await Promise.all(batches.map((itemIds) => completeSearchIfDone({ searchId: search.id, itemIds })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await read(search.id)).toMatchObject({ status: "done", classifiedCount: 40 });
  });

  it("an item another search classified counts here when this search's batch arrives", async () => {
    const other = await createClassifyingSearch();
    const [shared] = await storeItems(other.id, 1);
    await predict([shared!]);
    await completeSearchIfDone({ searchId: other.id, itemIds: [shared!] });

    const search = await createClassifyingSearch();
    await prisma.searchHit.create({ data: { searchId: search.id, itemId: shared! } });
    expect(await completeSearchIfDone({ searchId: search.id })).toBe(false); // its own batch has not run yet
    expect(await completeSearchIfDone({ searchId: search.id, itemIds: [shared!] })).toBe(true);
    expect(await read(search.id)).toMatchObject({ status: "done", classifiedCount: 1 });
  });

  it("a search that stored nothing is done when ingestion finishes", async () => {
    const keyword = `empty ${randomUUID()}`;
    const search = await prisma.search.create({ data: { keyword, normalizedKeyword: keyword, status: "ingesting" } });
    await finishIngestion({ searchId: search.id });
    expect(await read(search.id)).toMatchObject({ status: "done", classifiedCount: 0 });
  });

  it("every hit carries its item's date, subreddit and kind (copied by the insert trigger)", async () => {
    const search = await createClassifyingSearch();
    const [id] = await storeItems(search.id, 1, "linux_gaming");
    const hit = await prisma.searchHit.findUniqueOrThrow({ where: { searchId_itemId: { searchId: search.id, itemId: id! } } });
    expect(hit).toMatchObject({ itemCreatedUtc: new Date(Date.UTC(2026, 0, 1)), itemSubreddit: "linux_gaming", itemKind: "post", classified: false });
  });
});
