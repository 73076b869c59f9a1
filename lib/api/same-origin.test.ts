import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/api/same-origin";
import type { OriginPolicy } from "@/lib/api/trusted-origins";

// The CSRF origin check as a pure function of the request and the configuration.
const policy: OriginPolicy = { appUrl: "https://app.example.org", trustedOrigins: ["https://admin.example.org"], trustRequestHost: false, trustProxyHops: 0 };

function post(headers: Record<string, string>, url = "https://app.example.org/api/searches") {
  return new Request(url, { method: "POST", headers: { cookie: "session=1", ...headers } });
}

describe("isSameOrigin", () => {
  it("accepts APP_URL's origin and the configured trusted origins, whatever the path or default port", () => {
    expect(isSameOrigin(post({ origin: "https://app.example.org" }), policy)).toBe(true);
    expect(isSameOrigin(post({ origin: "https://app.example.org:443" }), policy)).toBe(true);
    expect(isSameOrigin(post({ origin: "https://admin.example.org" }), policy)).toBe(true);
  });

  it("refuses Origin: null and malformed origins without throwing", () => {
    for (const origin of ["null", "not a url", "https://", "://app.example.org", "https://app.example.org:99999", "https://[::1", "https://app.example.org:abc"]) {
      const request = post({ origin, host: "app.example.org" });
      expect(() => isSameOrigin(request, policy), origin).not.toThrow();
      expect(isSameOrigin(request, policy), origin).toBe(false);
    }
  });

  it("compares scheme and port too, not only the host", () => {
    expect(isSameOrigin(post({ origin: "http://app.example.org", host: "app.example.org" }), policy)).toBe(false);
    expect(isSameOrigin(post({ origin: "https://app.example.org:8443", host: "app.example.org" }), policy)).toBe(false);
    expect(isSameOrigin(post({ origin: "ftp://app.example.org", host: "app.example.org" }), policy)).toBe(false);
  });

  it("ignores X-Forwarded-Host and the request's Host unless configured", () => {
    const forged = post({ origin: "https://evil.example", host: "evil.example", "x-forwarded-host": "evil.example" }, "https://evil.example/api/x");
    expect(isSameOrigin(forged, policy)).toBe(false);
    expect(isSameOrigin(forged, { ...policy, trustRequestHost: true })).toBe(true); // (its own Host, when asked for)
    const viaHeader = post({ origin: "https://evil.example", host: "app.example.org", "x-forwarded-host": "evil.example" });
    expect(isSameOrigin(viaHeader, { ...policy, trustRequestHost: true })).toBe(false);
    expect(isSameOrigin(viaHeader, { ...policy, trustRequestHost: true, trustProxyHops: 1 })).toBe(true);
  });

  it("with TRUST_REQUEST_HOST, the app opened by the machine's IP accepts its own origin only, scheme included", () => {
    const lan = { ...policy, trustRequestHost: true };
    const byIp = (origin: string) => post({ origin, host: "192.0.2.7:3000" }, "http://192.0.2.7:3000/api/searches");
    expect(isSameOrigin(byIp("http://192.0.2.7:3000"), lan)).toBe(true);
    expect(isSameOrigin(byIp("https://192.0.2.7:3000"), lan)).toBe(false);
    expect(isSameOrigin(byIp("http://192.0.2.7:3001"), lan)).toBe(false);
  });

  it("lets cookie-less requests without Origin through (not a CSRF vector) and refuses them with a cookie", () => {
    expect(isSameOrigin(new Request("https://app.example.org/api/x", { method: "POST" }), policy)).toBe(true);
    expect(isSameOrigin(post({}), policy)).toBe(false);
  });
});
