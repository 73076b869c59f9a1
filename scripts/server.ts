// npm start — the production server: Next.js, with the polled status route answered before Next.js's request
// pipeline (lib/server/fast-routes.ts). Everything else goes to Next.js's own handler, unchanged.
// Options: --port N (else PORT, else 3000), --hostname H (else HOSTNAME, else every interface).
import { createServer } from "node:http";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  // As `next start` does, and before any module reads the environment (lib/env.ts parses it on import).
  (process.env as Record<string, string>).NODE_ENV = "production";
  const { default: next } = await import("next");
  const { matchFastRoute } = await import("@/lib/server/fast-routes");
  const { serveWebHandler } = await import("@/lib/server/serve-web-handler");

  const port = Number(option("port") ?? process.env.PORT ?? 3000);
  const hostname = option("hostname") ?? process.env.HOSTNAME;
  const app = next({ dev: false, port, hostname: hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    const fast = matchFastRoute(request);
    if (fast) void serveWebHandler(fast, request, response);
    else void handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`▲ postmood ready on http://${hostname ?? "localhost"}:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref(); // requests still running after 5 s are cut, as next start does
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
