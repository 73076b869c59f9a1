import { createHash } from "node:crypto";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";

export type WrittenFile = { bytes: number; sha256: string };

/**
 * Writes into a store's stream while counting bytes and hashing them (the ETag and the card's checksums), waiting
 * whenever the stream's buffer is full so memory stays bounded.
 */
export function createHashedOutput(target: Writable) {
  const hash = createHash("sha256");
  let bytes = 0;
  let failure: Error | undefined;
  target.on("error", (error) => (failure ??= error));
  return {
    async write(chunk: Uint8Array | string): Promise<void> {
      if (failure) throw failure;
      const data = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      if (data.byteLength === 0) return;
      hash.update(data);
      bytes += data.byteLength;
      if (!target.write(data)) await once(target, "drain"); // rejects if the stream fails meanwhile
      if (failure) throw failure;
    },
    async end(): Promise<WrittenFile> {
      if (failure) throw failure;
      target.end();
      await finished(target); // every byte handed to the store (a file: written and closed)
      if (failure) throw failure;
      return { bytes, sha256: hash.digest("hex") };
    },
  };
}

export type HashedOutput = ReturnType<typeof createHashedOutput>;
