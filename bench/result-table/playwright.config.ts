import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// npm run bench:result-table – the e2e server (production build) on its own database, a search of 20,000 items
// seeded like bench:results, and one Playwright script that scrolls the result page's item table in Chromium.
process.env.E2E_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postmood_bench_result_table";

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "*.bench.ts",
  timeout: 600_000,
  retries: 0,
  use: { ...base.use, trace: "off", screenshot: "off", viewport: { width: 1280, height: 800 } },
  // The server script lives at the repository root; Playwright would start it from this folder.
  webServer: { ...base.webServer!, cwd: path.resolve(__dirname, "../..") } as typeof base.webServer,
});
