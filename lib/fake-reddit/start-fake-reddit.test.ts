import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import { startFakeReddit, type FakeReddit } from "@/lib/fake-reddit/start-fake-reddit";
import { writeCorpusDump } from "@/lib/fake-reddit/write-corpus-dump";
import { createDumpSource } from "@/lib/reddit/create-dump-source";

// The fake's own HTTP surface: admin endpoints as the demo and manual tests use them.
const corpus = generateCorpus({ postsPerKeyword: 40 });
const UA = "test:postmood-tests:0.1.0 (by /u/postmood-dev)";
let fake: FakeReddit;
beforeAll(async () => {
  fake = await startFakeReddit({ corpus });
});
afterAll(() => fake.close());

async function token(): Promise<string> {
  const res = await fetch(`${fake.url}/api/v1/access_token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from("demo:demo").toString("base64")}`, "user-agent": UA, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

describe("fake Reddit admin endpoints", () => {
  it("switches scenarios with POST /__scenario and logs requests at GET /__log", async () => {
    const bearer = await token();
    await fetch(`${fake.url}/__scenario`, { method: "POST", body: JSON.stringify({ name: "server-error", status: 522, body: "json", times: 1 }) });
    const search = () => fetch(`${fake.url}/search?q=rust`, { headers: { authorization: `bearer ${bearer}`, "user-agent": UA } });
    expect((await search()).status).toBe(522);
    expect((await search()).status).toBe(200);
    const log = (await (await fetch(`${fake.url}/__log`)).json()) as { log: { path: string; status: number }[] };
    expect(log.log.filter((l) => l.path.startsWith("/search")).map((l) => l.status)).toEqual([522, 200]);
    await fetch(`${fake.url}/__scenario`, { method: "POST", body: '{"name":"normal"}' });
  });

  it("changes token lifetime and rate limits with POST /__options (cases 1, 5)", async () => {
    const res = await fetch(`${fake.url}/__options`, { method: "POST", body: JSON.stringify({ tokenExpiresIn: 3600, rateLimit: { max: 5, windowSeconds: 60 }, bogus: 1 }) });
    expect(await res.json()).toMatchObject({ tokenExpiresIn: 3600, rateLimit: { max: 5, windowSeconds: 60 } });
    const tokenRes = await fetch(`${fake.url}/api/v1/access_token`, { method: "POST", headers: { authorization: `Basic ${Buffer.from("demo:demo").toString("base64")}`, "user-agent": UA }, body: "grant_type=client_credentials" });
    expect(await tokenRes.json()).toMatchObject({ expires_in: 3600, token_type: "bearer", scope: "*" });
  });

  it("writes the corpus as a dump the dump source reads back (case 25)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "postmood-fake-dump-"));
    try {
      const file = path.join(dir, "RS_fake.zst");
      expect(await writeCorpusDump({ corpus, file })).toBe(corpus.posts.length + corpus.comments.length);
      const pages = [];
      for await (const page of createDumpSource({ file, keyword: "climate" }).pages({})) pages.push(page);
      const items = pages.flatMap((p) => p.items);
      expect(items.length).toBeGreaterThan(20);
      expect(items.some((i) => i.kind === "comment")).toBe(true);
      expect(pages.reduce((n, p) => n + (p.skipped.removed ?? 0) + (p.skipped.deleted ?? 0), 0)).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
