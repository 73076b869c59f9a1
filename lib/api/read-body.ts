import { AppError } from "@/lib/api/errors";
import { env } from "@/lib/env";

/** The request body as text, refusing more than maxBytes with 413. The cap holds while the stream is read (a
 * declared Content-Length over it is refused before reading; a body that lies or is chunked is cut off the moment it
 * passes the cap), so an oversized body is never held in memory whole. */
export async function readBodyText(request: Request, maxBytes: number = env.MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(413, "payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`, { maxBytes });
}

/** The same request with its body read under the cap (413 otherwise), for handlers that read the body themselves. */
export async function withCappedBody(request: Request, maxBytes: number = env.MAX_BODY_BYTES): Promise<Request> {
  const body = await readBodyText(request, maxBytes);
  return new Request(request.url, { method: request.method, headers: request.headers, body: body || undefined, signal: request.signal });
}
