import path from "node:path";
import { defineConfig } from "prisma/config";

// No native schema-engine binary can be downloaded offline: unless a real one is configured, the CLI runs Prisma's
// own Wasm schema engine through scripts/prisma/schema-engine-shim.mjs.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts/prisma/schema-engine-shim.mjs");
process.env.SHIM_WASM ??= "cli";
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // process.env, not env(): `prisma generate` during `npm ci` must work with no database configured.
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postmood",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
