import type { ServerResponse } from "node:http";
import { html, json, type FakeResponse } from "@/lib/fake-reddit/fake-response";
import type { Scenario } from "@/lib/fake-reddit/fake-types";

// The transport faults: some are answers (429, 5xx, broken JSON), two break the connection itself. Returns the
// answer to send, or null when the connection was already dealt with.
export function applyFault(options: { fault: Scenario; res: ServerResponse; rateHeaders: Record<string, string>; now: number }): FakeResponse | null {
  const { fault, res, rateHeaders } = options;
  switch (fault.name) {
    case "too-many-requests": {
      const retryAfter = fault.retryAfter === undefined ? 2 : fault.retryAfter;
      return html(429, "Too Many Requests", { ...resetHeaders(fault.reset, rateHeaders, options.now), ...(retryAfter === null ? {} : { "retry-after": String(retryAfter) }) });
    }
    case "server-error": {
      const status = fault.status ?? 503;
      if (fault.body === "json") return json({ message: "Internal Server Error", error: status }, status);
      if (fault.body === "html") return html(status, `${status} Server Error`);
      return { status, body: "" };
    }
    case "bad-json":
      return fault.body === "html" ? html(200, "reddit: the front page of the internet") : { status: 200, body: "{", headers: { "content-type": "application/json" } };
    case "error-body": // Arctic Shift's way of saying it gave up on a query
      return json({ error: fault.error ?? "Timeout. Maybe slow down a bit" });
    case "connection-reset":
      res.socket?.destroy(); // before any header
      return null;
    case "body-cut":
      res.writeHead(200, { "content-type": "application/json", "content-length": "4096" });
      res.write('{"kind": "Listing", "data": {"after": "t3_', () => setTimeout(() => res.socket?.destroy(), 5));
      return null;
    default:
      return null;
  }
}

// Arctic Shift announces its reset as an epoch second (here: 30 s from now), Reddit as seconds to wait.
function resetHeaders(reset: "seconds" | "epoch" | "none" | undefined, rateHeaders: Record<string, string>, now: number): Record<string, string> {
  if (reset === "none") return {};
  if (reset === "epoch") return { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.ceil(now / 1000) + 30) };
  return rateHeaders;
}
