import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { claimItems } from "@/lib/annotation/claim-items";
import { getClaimOwners } from "@/lib/annotation/get-claim-owners";
import { releaseClaims } from "@/lib/annotation/release-claims";
import { renewClaims } from "@/lib/annotation/renew-claims";
import { redis } from "@/lib/redis/client";
import { claimKey } from "@/lib/annotation/claim-keys";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";

const ids = (n: number) => Array.from({ length: n }, () => `t3_${randomUUID().slice(0, 12)}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("item claims (Redis)", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("one key per item holds the annotator; others cannot take it, the holder renews it", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const items = ids(3);
    expect(await claimItems({ annotatorId: a, itemIds: items.slice(0, 2), ttlMs: 10_000 })).toEqual(items.slice(0, 2));
    expect(await claimItems({ annotatorId: b, itemIds: items, ttlMs: 10_000 })).toEqual([items[2]]);
    expect(await getClaimOwners(items)).toEqual([a, a, b]);
    expect(await claimItems({ annotatorId: a, itemIds: items, ttlMs: 10_000 })).toEqual(items.slice(0, 2));
  });

  it("many annotators claiming the same items at once: each item goes to exactly one", async () => {
    const items = ids(30);
    const annotators = Array.from({ length: 20 }, () => randomUUID());
    const results = await Promise.all(annotators.map((annotatorId) => claimItems({ annotatorId, itemIds: items, ttlMs: 10_000 })));
    const all = results.flat();
    expect(all.sort()).toEqual([...items].sort());
  });

  it("a claim expires unless renewed; renewal keeps it and reports lost ones", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const [kept, dropped] = ids(2);
    await claimItems({ annotatorId: a, itemIds: [kept!, dropped!], ttlMs: 300 });
    await sleep(150);
    expect(await renewClaims({ annotatorId: a, itemIds: [kept!], ttlMs: 10_000 })).toMatchObject({ mine: [kept], lost: [] });
    await sleep(250);
    expect(await getClaimOwners([kept!, dropped!])).toEqual([a, null]);
    expect(await claimItems({ annotatorId: b, itemIds: [dropped!], ttlMs: 10_000 })).toEqual([dropped]);
    expect(await renewClaims({ annotatorId: a, itemIds: [kept!, dropped!] })).toMatchObject({ mine: [kept], lost: [dropped] });
    expect(await redis.pttl(claimKey(dropped!))).toBeLessThanOrEqual(10_000);
  });

  it("release frees only the caller's claims; releasing all frees every claim they hold", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const items = ids(4);
    await claimItems({ annotatorId: a, itemIds: items.slice(0, 3), ttlMs: 10_000 });
    await claimItems({ annotatorId: b, itemIds: [items[3]!], ttlMs: 10_000 });
    expect(await releaseClaims({ annotatorId: a, itemIds: [items[0]!, items[3]!] })).toBe(1);
    expect(await getClaimOwners(items)).toEqual([null, a, a, b]);
    expect(await releaseClaims({ annotatorId: a })).toBe(2);
    expect(await getClaimOwners(items)).toEqual([null, null, null, b]);
    expect(await releaseClaims({ annotatorId: a })).toBe(0);
  });
});
