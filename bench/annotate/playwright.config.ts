import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// npm run bench:annotate – the e2e server (production build, fake Reddit, embedded model) on its own database,
// and one Playwright script that measures keypress → next item painted in Chromium.
process.env.E2E_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postmood_bench_annotate";

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "*.bench.ts",
  timeout: 600_000,
  retries: 0,
  // The server script's paths are relative to the project root (npm runs scripts there), not to this folder.
  webServer: { ...(base.webServer as object), cwd: process.cwd() } as typeof base.webServer,
  use: { ...base.use, trace: "off", screenshot: "off", viewport: { width: 1280, height: 800 } },
});
