import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The files that decide a model's output, for a given dtype.
export function modelFiles(dtype: "fp32" | "q8") {
  return ["config.json", "tokenizer.json", "tokenizer_config.json", dtype === "q8" ? "onnx/model_quantized.onnx" : "onnx/model.onnx"];
}

// Model version = sha256 over the names and contents of those files (first 16 hex digits). Same files, same
// version, wherever the folder lives; a retrained or re-quantized model gets a new one.
export function hashModelFiles({ dir, dtype }: { dir: string; dtype: "fp32" | "q8" }): string {
  const hash = createHash("sha256");
  for (const name of modelFiles(dtype)) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      if (name.startsWith("tokenizer")) continue; // tokenizer files are optional for some hub models
      throw new Error(`Cannot compute the model version: ${file} not found`);
    }
    hash.update(`${name}\0`);
    hash.update(createHash("sha256").update(fs.readFileSync(file)).digest());
  }
  return hash.digest("hex").slice(0, 16);
}
