import fs from "node:fs";
import path from "node:path";

// Where a model comes from: a folder on disk (loaded with the network off) or a HuggingFace hub id (downloaded once
// into the cache folder). The embedded model is the folder committed under models/.
export const EMBEDDED_MODEL_DIR = path.join("models", "postmood-sentiment");

export type ModelSource =
  | { kind: "local"; modelId: string; dir: string }
  | { kind: "hub"; modelId: string; cacheDir: string };

type ResolveModelSourceOptions = { model?: string; cacheDir: string; cwd?: string };

export function resolveModelSource({ model, cacheDir, cwd = process.cwd() }: ResolveModelSourceOptions): ModelSource {
  const candidate = path.resolve(cwd, model ?? EMBEDDED_MODEL_DIR);
  // A path that exists (or looks like one: "./x", "/x", "../x") is a folder; anything else is a hub id.
  const looksLikePath = !model || model.startsWith(".") || path.isAbsolute(model) || fs.existsSync(candidate);
  if (looksLikePath) return { kind: "local", modelId: path.basename(candidate), dir: candidate };
  return { kind: "hub", modelId: model, cacheDir: path.resolve(cwd, cacheDir) };
}
