import { openDatasetFile } from "@/lib/datasets/open-dataset-file";
import type { DatasetFormat } from "@/lib/datasets/types";

/**
 * One file of a ready version as an HTTP response, streamed from the store (constant memory, any size). A version's
 * files never change, so the file's sha256 is a strong ETag: a client that already holds it gets a 304 and no body.
 * `no-cache` still makes browsers ask first, so a user whose role was taken away cannot keep reading from a cache.
 */
export async function serveDatasetFile(options: { version: number; format: DatasetFormat; ifNoneMatch: string | null }): Promise<Response> {
  const file = await openDatasetFile(options.version, options.format);
  const etag = `"${file.sha256}"`;
  const headers = { etag, "cache-control": "private, no-cache" };
  if (matchesEtag(options.ifNoneMatch, etag)) {
    await file.stream.cancel(); // closes the file handle without reading it
    return new Response(null, { status: 304, headers });
  }
  return new Response(file.stream, {
    status: 200,
    headers: {
      ...headers,
      "content-type": file.contentType,
      "content-length": String(file.bytes),
      "content-disposition": contentDisposition(file.fileName),
      "x-content-type-options": "nosniff",
    },
  });
}

/** If-None-Match holds one or more ETags, maybe weak (W/"…"), or "*" (RFC 9110 §13.1.2: weak comparison). */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/** An attachment with an ASCII fallback name and the exact name in RFC 5987 form, for names a header cannot hold raw. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
