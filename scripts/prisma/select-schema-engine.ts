import path from "node:path";

// Which schema engine the Prisma CLI (migrate, db push, studio's introspection) runs.
//   PRISMA_SCHEMA_ENGINE=wasm (default): Prisma's own Wasm schema engine, shipped inside the `prisma` package, run
//     through scripts/prisma/schema-engine-shim.mjs. Needs no download, so it works offline and in CI sandboxes.
//   PRISMA_SCHEMA_ENGINE=native: Prisma's native binary, as Prisma normally does (fetched by `prisma` for this
//     platform, or named by PRISMA_SCHEMA_ENGINE_BINARY). For deployments that have it and want Prisma's own path.
// An explicit PRISMA_SCHEMA_ENGINE_BINARY always wins.

export type SchemaEngine = "wasm" | "native";

/** The environment variables to set for the chosen engine (empty: leave Prisma's defaults alone). */
export function schemaEngineEnv(env: Record<string, string | undefined>, projectRoot: string): Record<string, string> {
  const choice = (env.PRISMA_SCHEMA_ENGINE || "wasm").toLowerCase();
  if (choice !== "wasm" && choice !== "native") {
    throw new Error(`PRISMA_SCHEMA_ENGINE must be "wasm" (default, offline) or "native" (Prisma's binary), not "${env.PRISMA_SCHEMA_ENGINE}".`);
  }
  if (choice === "native" || env.PRISMA_SCHEMA_ENGINE_BINARY) return {};
  return {
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(projectRoot, "scripts/prisma/schema-engine-shim.mjs"),
    SHIM_WASM: env.SHIM_WASM || "cli", // the Wasm engine inside the installed `prisma` package (same version)
  };
}
