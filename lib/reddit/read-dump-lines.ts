import { createReadStream } from "node:fs";
import { DecompressStream } from "zstd-napi";
import { RedditError } from "@/lib/reddit/reddit-error";

// Streams the lines of a Pushshift / Arctic Shift NDJSON dump, plain or zstd. Memory stays constant: one chunk and
// the unfinished line. The dumps are compressed with a 2 GiB window (`--long=31`), which decoders refuse unless
// windowLogMax allows it. TextDecoder in streaming mode keeps a UTF-8 character split across chunks intact.
export async function* readDumpLines(options: { file: string; signal?: AbortSignal; chunkBytes?: number }): AsyncGenerator<string> {
  const input = createReadStream(options.file, { highWaterMark: options.chunkBytes ?? 1 << 20, signal: options.signal });
  const stream = options.file.endsWith(".zst") ? input.pipe(new DecompressStream({ windowLogMax: 31 })) : input;
  input.on("error", (error) => stream.destroy(error)); // pipe() does not forward errors
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + decoder.decode(chunk, { stream: true });
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) yield line;
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new RedditError("file-error", `Cannot read dump ${options.file}: ${message}`, { cause: error });
  }
  rest += decoder.decode();
  if (rest.trim()) yield rest;
}
