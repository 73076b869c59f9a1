import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Writes a transformers.js model folder and a manifest.json recording each file's sha256, so a test can check the
// committed files are the ones the build produced. Files are written in a fixed order with stable JSON.
export type ModelFiles = Record<string, string | Uint8Array>; // relative path -> content

export function writeModelFolder({ dir, files, info }: { dir: string; files: ModelFiles; info: Record<string, unknown> }) {
  const hashes: Record<string, string> = {};
  for (const name of Object.keys(files).sort()) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, files[name]!);
    hashes[name] = createHash("sha256").update(files[name]!).digest("hex");
  }
  const manifest = { files: hashes, ...info };
  fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
