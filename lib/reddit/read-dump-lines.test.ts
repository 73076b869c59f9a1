import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompressStream, DecompressStream } from "zstd-napi";
import { createRandom } from "@/lib/fake-reddit/create-random";
import { generateCorpus } from "@/lib/fake-reddit/generate-corpus";
import { writeCorpusDump } from "@/lib/fake-reddit/write-corpus-dump";
import { createSourceForSearch } from "@/lib/ingest/create-source-for-search";
import { createDumpSource } from "@/lib/reddit/create-dump-source";
import { readDumpLines } from "@/lib/reddit/read-dump-lines";
import { readZstdWindow } from "@/lib/reddit/read-zstd-window";

let dir: string;
const random = createRandom({ seed: 7 });
const words = ["rust", "🦀", "東京", "привет", "👩‍💻", "ok", "ß", "climate", "é"];
const lines = Array.from({ length: 3000 }, (_, i) =>
  JSON.stringify({
    id: `d${i.toString(36)}`,
    title: `post ${i}`,
    selftext: Array.from({ length: 12 }, () => random.pick(words)).join(" "),
    author: "u",
    subreddit: i % 2 ? "rust" : "other",
    created_utc: 1764547200 + i,
    ...(i % 50 === 0 ? { removed_by_category: "moderator", selftext: "[removed] rust" } : {}),
  }),
);

// The dumps are zstd with a 2 GiB window (`zstd --long=31`). A stream compressor writes a window descriptor
// byte; setting it to 2^31 gives the frame header the real dumps have, which default decoders refuse.
async function writeLongWindowZst(file: string, text: string) {
  const parts: Buffer[] = [];
  for await (const part of Readable.from([Buffer.from(text)]).pipe(new CompressStream({ compressionLevel: 1 }))) parts.push(part as Buffer);
  const frame = Buffer.concat(parts);
  expect((frame[4]! >> 5) & 1).toBe(0); // no single-segment flag: byte 5 is the window descriptor
  frame[5] = 21 << 3; // exponent 21 → windowLog 31
  await writeFile(file, frame);
  return frame;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "postmood-dump-"));
  await writeLongWindowZst(path.join(dir, "RS_2025-12.zst"), `${lines.join("\n")}\n{not json\n`);
  await writeFile(path.join(dir, "RS_2025-12.ndjson"), `${lines.join("\n")}\n{not json`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("readDumpLines (case 25)", () => {
  it("streams a 2 GiB-window .zst whose chunks split UTF-8 characters, line for line", async () => {
    const file = path.join(dir, "RS_2025-12.zst");
    // Prove the premise: with 97-byte reads, some decompressed chunk ends inside a multi-byte character.
    const frame = Buffer.from(await import("node:fs/promises").then((fs) => fs.readFile(file)));
    await expect(collect(Readable.from(split(frame, 97)).pipe(new DecompressStream()))).rejects.toThrow(/too much memory/);
    const chunks = await collect(Readable.from(split(frame, 97)).pipe(new DecompressStream({ windowLogMax: 31 })));
    expect(chunks.some((c) => (c.at(-1)! & 0xc0) === 0x80 || c.at(-1)! >= 0xc0)).toBe(true);

    const read: string[] = [];
    for await (const line of readDumpLines({ file, chunkBytes: 97 })) read.push(line);
    expect(read.slice(0, -1)).toEqual(lines);
    expect(read.at(-1)).toBe("{not json");
  });

  it("reads the window a dump declares, which bounds what zstd keeps in memory (issue 11.10)", async () => {
    expect(await readZstdWindow({ file: path.join(dir, "RS_2025-12.zst") })).toBe(2 ** 31);
    expect(await readZstdWindow({ file: path.join(dir, "RS_2025-12.ndjson") })).toBeNull();
  });

  it("reads plain NDJSON the same way", async () => {
    const read: string[] = [];
    for await (const line of readDumpLines({ file: path.join(dir, "RS_2025-12.ndjson"), chunkBytes: 101 })) read.push(line);
    expect(read).toEqual([...lines, "{not json"]);
  });

  it("reports a missing or corrupt file as a file error", async () => {
    const read = async (file: string) => {
      for await (const _ of readDumpLines({ file })) void _;
    };
    await expect(read(path.join(dir, "missing.zst"))).rejects.toMatchObject({ code: "file-error", message: expect.stringContaining("missing.zst") });
    await writeFile(path.join(dir, "corrupt.zst"), Buffer.from("definitely not zstd"));
    await expect(read(path.join(dir, "corrupt.zst"))).rejects.toMatchObject({ code: "file-error" });
  });
});

describe("createDumpSource", () => {
  it("filters by whole-word keyword and subreddit, counts skips, and resumes from a line cursor", async () => {
    const file = path.join(dir, "RS_2025-12.zst");
    const expected = lines.map((l) => JSON.parse(l) as { id: string; selftext: string; subreddit: string; removed_by_category?: string })
      .filter((p) => p.subreddit === "rust" && /(^| )rust( |$)/.test(p.selftext) && !p.removed_by_category).map((p) => `t3_${p.id}`);
    const source = createDumpSource({ file, keyword: "Rust", subreddits: ["rust"], pageSize: 200 });
    const pages = [];
    for await (const page of source.pages({})) pages.push(page);
    const ids = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(ids).toEqual(expected);
    expect(pages.at(-1)?.stopReason).toBe("exhausted");
    const skipped = pages.reduce((n, p) => n + (p.skipped.removed ?? 0), 0);
    expect(skipped).toBeGreaterThan(0);

    const resumed = [];
    for await (const page of source.pages({ cursor: pages[1]!.cursor })) resumed.push(...page.items.map((i) => i.id));
    expect(resumed).toEqual(ids.slice(400));
  });
});

describe("createDumpSource with several subreddits (issue 11.5)", () => {
  it("keeps the items of every subreddit asked for", async () => {
    const file = path.join(dir, "RS_2025-12.ndjson");
    const source = createSourceForSearch({ search: { keyword: "rust", source: "dump", options: { file, subreddits: ["rust", "OTHER"] } } });
    const subs = new Set<string>();
    for await (const page of source.pages({})) for (const item of page.items) subs.add(item.subreddit);
    expect([...subs].sort()).toEqual(["other", "rust"]);
    const one = createSourceForSearch({ search: { keyword: "rust", source: "dump", options: { file, subreddits: ["other"] } } });
    for await (const page of one.pages({})) expect(page.items.every((i) => i.subreddit === "other")).toBe(true);
  });
});

describe("createDumpSource and NSFW posts (issue 11.7)", () => {
  it("treats the comments of an NSFW post met earlier in the dump as NSFW", async () => {
    const corpus = generateCorpus({ postsPerKeyword: 200 });
    const file = path.join(dir, "RC_fake.zst");
    await writeCorpusDump({ corpus, file });
    const nsfwPosts = new Set(corpus.posts.filter((p) => p.over_18 === true).map((p) => p.name));
    expect(corpus.comments.some((c) => nsfwPosts.has(String(c.link_id)) && /\bclimate\b/i.test(String(c.body)))).toBe(true);
    const items = async (includeNsfw: boolean) => {
      const all = [];
      for await (const page of createDumpSource({ file, keyword: "climate", includeNsfw }).pages({})) all.push(...page.items);
      return all.filter((i) => i.kind === "comment" && nsfwPosts.has(i.linkId ?? ""));
    };
    expect(await items(false)).toEqual([]);
    const flagged = await items(true);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((i) => i.isNsfw)).toBe(true);
  });
});

function split(buffer: Buffer, size: number): Buffer[] {
  const parts = [];
  for (let i = 0; i < buffer.length; i += size) parts.push(buffer.subarray(i, i + size));
  return parts;
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of stream) out.push(chunk as Buffer);
  return out;
}
