import { writeFile } from "node:fs/promises";
import { Compressor } from "zstd-napi";
import { escapeEntities } from "@/lib/fake-reddit/escape-entities";
import type { Corpus } from "@/lib/fake-reddit/generate-corpus";

// The corpus as a Pushshift / Arctic Shift style dump (one JSON object per line, integer created_utc, `_meta` on
// removed items, HTML-escaped text as Reddit served it without raw_json=1), zstd-compressed when the name ends in .zst: input for the dump source in the offline demo.
export async function writeCorpusDump(options: { corpus: Corpus; file: string }): Promise<number> {
  const things = [...options.corpus.posts, ...options.corpus.comments];
  const lines = things.map((thing) => {
    const { depth: _depth, ...rest } = escapeEntities({ thing, rawJson: false });
    const removal = thing.removed_by_category ? { _meta: { removal_type: thing.removed_by_category, was_deleted_later: false } } : {};
    return JSON.stringify({ ...rest, created_utc: Math.floor(Number(thing.created_utc)), ...removal });
  });
  const text = Buffer.from(`${lines.join("\n")}\n`);
  await writeFile(options.file, options.file.endsWith(".zst") ? new Compressor().compress(text) : text);
  return lines.length;
}
