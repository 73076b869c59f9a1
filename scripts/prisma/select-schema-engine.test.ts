import { describe, expect, it } from "vitest";
import { schemaEngineEnv } from "./select-schema-engine";

describe("schemaEngineEnv", () => {
  it("runs the Wasm engine through the shim by default (offline)", () => {
    expect(schemaEngineEnv({}, "/app")).toEqual({ PRISMA_SCHEMA_ENGINE_BINARY: "/app/scripts/prisma/schema-engine-shim.mjs", SHIM_WASM: "cli" });
    expect(schemaEngineEnv({ PRISMA_SCHEMA_ENGINE: "WASM", SHIM_WASM: "bundled" }, "/app")).toMatchObject({ SHIM_WASM: "bundled" });
  });

  it("leaves Prisma's native engine alone when a deployment asks for it", () => {
    expect(schemaEngineEnv({ PRISMA_SCHEMA_ENGINE: "native" }, "/app")).toEqual({});
  });

  it("keeps an explicitly configured engine binary", () => {
    expect(schemaEngineEnv({ PRISMA_SCHEMA_ENGINE_BINARY: "/opt/prisma/schema-engine" }, "/app")).toEqual({});
  });

  it("refuses an unknown choice, naming the variable and the choices", () => {
    expect(() => schemaEngineEnv({ PRISMA_SCHEMA_ENGINE: "binary" }, "/app")).toThrow(/PRISMA_SCHEMA_ENGINE must be "wasm".*"native"/);
  });
});
