import { open } from "node:fs/promises";

// The history window a .zst file's first frame declares (bytes), from its frame header, or null when the file is
// not zstd or the frame is single-segment (then the window is the content size, at most the file's own). A zstd
// decoder holds up to this much of already decompressed data, so it is the memory a dump costs to read.
export async function readZstdWindow(options: { file: string }): Promise<number | null> {
  const handle = await open(options.file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(6), 0, 6, 0);
    if (bytesRead < 6 || buffer.readUInt32LE(0) !== 0xfd2fb528) return null;
    if ((buffer[4]! >> 5) & 1) return null; // single segment: no window descriptor
    const descriptor = buffer[5]!;
    const base = 2 ** (10 + (descriptor >> 3));
    return base + (base / 8) * (descriptor & 7);
  } finally {
    await handle.close();
  }
}
