import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { createHashedOutput } from "@/lib/datasets/files/hashed-output";
import { CHUNK_CHARACTERS, createTextChunker } from "@/lib/datasets/files/text-chunker";

describe("createTextChunker", () => {
  it("writes every piece in order, in chunks of about CHUNK_CHARACTERS, the rest on flush", async () => {
    const target = new PassThrough();
    const chunks: string[] = [];
    target.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    const all = text(target);
    const output = createHashedOutput(target);
    const chunker = createTextChunker(output);
    const pieces = Array.from({ length: 500 }, (_, i) => `line ${i} ${"é".repeat(i % 97)}\n`);
    for (const piece of pieces) await chunker.add(piece);
    const beforeFlush = chunks.length;
    await chunker.flush();
    await output.end();

    expect(await all).toBe(pieces.join(""));
    expect(beforeFlush).toBeGreaterThan(0); // written on the way, not all at the end
    expect(chunks.length).toBe(beforeFlush + 1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_CHARACTERS);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_CHARACTERS + 200); // one piece over at most
  });

  it("flushing with nothing gathered writes nothing", async () => {
    const target = new PassThrough().resume(); // drained, so it can finish
    const output = createHashedOutput(target);
    await createTextChunker(output).flush();
    const written = await output.end();
    expect(written.bytes).toBe(0);
  });
});
