// PostgreSQL text cannot hold the NUL character: a string carrying one would fail deep in a write as a 500 (or,
// behind a catch-all, as a misleading "unavailable"). Input is checked for it up front, field by field.

/** The paths ("name", "subreddits.0") of every string in a parsed JSON value or query that contains NUL. */
export function findNulFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path.join(".")] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findNulFields(item, [...path, String(index)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes("\u0000") ? [[...path, key].join(".")] : []),
      ...findNulFields(item, [...path, key]),
    ]);
  }
  return [];
}
