import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastMatch } from "@/lib/server/fast-routes";

// Runs a route handler (Web Request in, Web Response out) on a Node request, as Next.js would for a bodiless GET:
// the request's URL is rebuilt from its Host header, the response's headers (every Set-Cookie kept apart) and body
// are copied back. Dynamic API answers are never cached by anything in between, as Next.js marks them.

export async function serveWebHandler(match: FastMatch, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    const url = new URL(request.url!, `http://${request.headers.host ?? "localhost"}`);
    const webRequest = new Request(url, { method: request.method, headers });
    const webResponse = await match.handler(webRequest, { params: Promise.resolve(match.params) });
    const body = Buffer.from(await webResponse.arrayBuffer());
    const out: Record<string, string | string[]> = {};
    webResponse.headers.forEach((value, name) => {
      if (name !== "set-cookie") out[name] = value;
    });
    const cookies = webResponse.headers.getSetCookie();
    if (cookies.length > 0) out["set-cookie"] = cookies;
    out["cache-control"] ??= "private, no-cache, no-store, max-age=0, must-revalidate";
    out["content-length"] = String(body.byteLength);
    response.writeHead(webResponse.status, out);
    response.end(body);
  } catch {
    // withHandler turns every error into a JSON answer: reaching here means the plumbing itself failed
    if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { code: "internal", message: "Internal server error." } }));
  }
}
