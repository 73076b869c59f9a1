import type { HashedOutput } from "@/lib/datasets/files/hashed-output";

// Text goes to an output in chunks of about 64 KB, never as one string per page. V8 puts a string above
// ~128 KB straight into the old generation, where only a full collection frees it: a page's joined CSV and JSONL
// (a few MB per 1,000 rows) grew the heap by a hundred MB and more between collections. Small chunks die young and
// are swept by the cheap scavenges, and their buffers are reused by the allocator instead of piling up.

export const CHUNK_CHARACTERS = 16 * 1024;

export function createTextChunker(output: HashedOutput) {
  let parts: string[] = [];
  let length = 0;

  async function flush(): Promise<void> {
    if (parts.length === 0) return;
    const text = parts.join("");
    parts = [];
    length = 0;
    await output.write(text);
  }

  return {
    /** Adds text; writes once about CHUNK_CHARACTERS have gathered. */
    async add(text: string): Promise<void> {
      parts.push(text);
      length += text.length;
      if (length >= CHUNK_CHARACTERS) await flush();
    },
    /** Writes what is left; the output is ended by its owner. */
    flush,
  };
}

export type TextChunker = ReturnType<typeof createTextChunker>;
