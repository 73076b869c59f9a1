// What a fake handler answers; the server adds rate-limit headers and writes it.
export type FakeResponse = { status: number; body: string; headers?: Record<string, string> };

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): FakeResponse => ({
  status,
  body: JSON.stringify(body),
  headers: { "content-type": "application/json; charset=UTF-8", ...headers },
});

export const html = (status: number, title: string, headers: Record<string, string> = {}): FakeResponse => ({
  status,
  body: `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
  headers: { "content-type": "text/html; charset=UTF-8", ...headers },
});

export const redirect = (location: string): FakeResponse => ({ status: 302, body: "", headers: { location } });
