import { z } from "zod";

// The items list's keyset cursor: the last row's (created_utc, id), in the list's order (newest first). Opaque to
// clients (base64url JSON), so the order can change without breaking the contract; anything that does not decode
// to a valid position is refused rather than guessed at.

export type ItemsCursor = { createdUtc: Date; id: string };

const cursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeItemsCursor(cursor: ItemsCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdUtc.toISOString(), cursor.id])).toString("base64url");
}

/** The position a cursor names, or null when it is not one this API wrote. */
export function decodeItemsCursor(value: string): ItemsCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { createdUtc: new Date(parsed.data[0]), id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
