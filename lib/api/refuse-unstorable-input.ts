import { AppError, errorResponse } from "@/lib/api/errors";

// Input that can only fail later, deep in a database write, is refused up front with a 4xx naming it: PostgreSQL
// text cannot hold the NUL character (a string carrying one became a 500, or behind a catch-all a false 503), and a
// path id with control characters or a stray "%" (%00, %ZZ) names nothing.

/** The paths ("name", "subreddits.0") of every string or key in a parsed JSON value or query that contains NUL. */
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

/** The input unchanged, or a 422 whose `fields` name every field carrying a NUL. */
export function refuseNul(input: unknown): unknown {
  const fields = findNulFields(input);
  if (fields.length === 0) return input;
  const named = Object.fromEntries(fields.map((field) => [field, ["Contains a NUL character (\\u0000), which cannot be stored."]]));
  const summary = fields.map((field) => field || "body").join(", ");
  throw new AppError(422, "validation_failed", `Invalid input. ${summary}: contains a NUL character.`, { fields: named });
}

const NOT_AN_ID = /[\u0000-\u001f\u007f]|%(?![0-9a-f]{2})/i;
const STRAY_PERCENT = /%(?![0-9a-f]{2})/i;

/** A 404 for a raw request path with a "%" that starts no escape (%ZZ): Next.js cannot decode such a path into the
 * route's [segments] and would answer a bare 500 before any handler runs, so the proxy asks this first. */
export function refuseUndecodablePath(rawPathname: string): Response | null {
  if (!STRAY_PERCENT.test(rawPathname)) return null;
  return errorResponse(404, "not_found", "Not found: the path contains characters no id has.");
}

/** The route's [segments] as strings (catch-alls joined by "/"), or a 404 for one no id can match. */
export function readPathParams(raw: Record<string, string | string[]>): Record<string, string> {
  const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
  if (Object.values(params).some((value) => NOT_AN_ID.test(value))) {
    throw new AppError(404, "not_found", "Not found: the path contains characters no id has.");
  }
  return params;
}
