import { createReadStream } from "node:fs";
import { DecompressStream } from "zstd-napi";
import { RedditError } from "@/lib/reddit/reddit-error";

// Streams the lines of a Pushshift / Arctic Shift NDJSON dump, plain or zstd, a decompressed chunk's worth at a
// time (yielding per line would cost a promise per line, a third of the scan). Our side holds one chunk and the
// unfinished line. zstd itself keeps the frame's window as history: the dumps are compressed with a 2 GiB window
// (`--long=31`), which decoders refuse unless windowLogMax allows it, and which a decoder needs in full once that
// much has been decompressed (a later match may point that far back): memory is bounded by the window, not by the
// file. TextDecoder in streaming mode keeps a UTF-8 character split across chunks intact.
export async function* readDumpLineBatches(options: { file: string; signal?: AbortSignal; chunkBytes?: number }): AsyncGenerator<string[]> {
  const input = createReadStream(options.file, { highWaterMark: options.chunkBytes ?? 1 << 20, signal: options.signal });
  const stream = options.file.endsWith(".zst") ? input.pipe(new DecompressStream({ windowLogMax: 31 })) : input;
  input.on("error", (error) => stream.destroy(error)); // pipe() does not forward errors
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const lines = (rest + decoder.decode(chunk, { stream: true })).split("\n");
      rest = lines.pop() ?? "";
      const full = lines.filter((line) => line.trim());
      if (full.length > 0) yield full;
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new RedditError("file-error", `Cannot read dump ${options.file}: ${message}`, { cause: error });
  }
  rest += decoder.decode();
  if (rest.trim()) yield [rest];
}

/** The same, line by line. */
export async function* readDumpLines(options: { file: string; signal?: AbortSignal; chunkBytes?: number }): AsyncGenerator<string> {
  for await (const batch of readDumpLineBatches(options)) yield* batch;
}
