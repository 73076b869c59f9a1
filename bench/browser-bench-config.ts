import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

/**
 * The Playwright config of a browser benchmark: the e2e server (production build) on its own database, the
 * `*.bench.ts` scripts of `dir`, no retries, traces or screenshots. The server script lives at the repository root;
 * Playwright would start it from the config's folder.
 */
export function browserBenchConfig(options: { dir: string; database: string }) {
  process.env.E2E_DATABASE_URL ??= `postgresql://postgres@127.0.0.1:5432/${options.database}`;
  return defineConfig({
    ...base,
    testDir: options.dir,
    testMatch: "*.bench.ts",
    timeout: 600_000,
    retries: 0,
    use: { ...base.use, trace: "off", screenshot: "off", viewport: { width: 1280, height: 800 } },
    webServer: { ...base.webServer!, cwd: path.resolve(__dirname, "..") } as typeof base.webServer,
  });
}
