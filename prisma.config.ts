import { defineConfig } from "prisma/config";
import { schemaEngineEnv } from "./scripts/prisma/select-schema-engine";

// The schema engine: Prisma's Wasm engine through a shim by default (works offline), or its native binary with
// PRISMA_SCHEMA_ENGINE=native (see scripts/prisma/select-schema-engine.ts).
Object.assign(process.env, schemaEngineEnv(process.env, import.meta.dirname));
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
