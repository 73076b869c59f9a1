// npm run classify -- --input texts.jsonl [--output preds.jsonl] [--model id-or-path] [--batch-size n]
// Reads JSONL lines {"id"?: string, "text": string} (stdin without --input) and writes one JSON line per valid input
// with id, label, score and probabilities. Streams: memory stays flat whatever the input size.
import fs from "node:fs";
import readline from "node:readline";
import { once } from "node:events";
import { parseArgs } from "node:util";

// lib/logger writes to stdout, which carries the predictions here: logging stays off unless LOG_LEVEL asks for it.
// The project modules are imported after this line, so the env module sees it.
process.env.LOG_LEVEL ??= "silent";

const USAGE =
  "usage: npm run classify -- [--input texts.jsonl] [--output preds.jsonl] [--model id-or-path] [--batch-size n]";

function parseCommandLine(defaultBatchSize: number) {
  try {
    const { values } = parseArgs({
      options: {
        input: { type: "string" },
        output: { type: "string" },
        model: { type: "string" },
        "batch-size": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const batchSize = values["batch-size"] === undefined ? defaultBatchSize : Number(values["batch-size"]);
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new Error(`--batch-size must be a positive integer, got "${values["batch-size"]}"`);
    }
    if (values.input !== undefined && !fs.existsSync(values.input)) throw new Error(`--input file not found: ${values.input}`);
    return { input: values.input, output: values.output, model: values.model, batchSize };
  } catch (error) {
    console.error(`classify: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

type Row = { id: string; text: string };

function parseLine(line: string, lineNumber: number): Row | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== "string") return 'missing string field "text"';
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") return '"id" must be a string';
  return { id: id === undefined ? String(lineNumber) : String(id), text };
}

async function main() {
  const { env } = await import("@/lib/env");
  const { classifyTexts } = await import("@/lib/sentiment/classify-texts");
  const { loadClassifier } = await import("@/lib/sentiment/load-classifier");
  const { resolveModelSource } = await import("@/lib/sentiment/resolve-model-source");
  const args = parseCommandLine(env.INFERENCE_BATCH_SIZE);
  // An explicitly named model must load: falling back silently would label a file with a model nobody asked for.
  const classifier = await loadClassifier({ model: args.model, fallback: args.model === undefined });
  const configured = env.MODEL_ID && resolveModelSource({ model: env.MODEL_ID, cacheDir: env.MODEL_CACHE_DIR }).modelId;
  if (!args.model && configured && classifier.modelId !== configured) {
    console.error(`classify: warning: MODEL_ID "${env.MODEL_ID}" could not be loaded; using the embedded model`);
  }
  const input = args.input ? fs.createReadStream(args.input) : process.stdin;
  const output = args.output ? fs.createWriteStream(args.output) : process.stdout;
  const write = async (text: string) => {
    if (!output.write(text)) await once(output, "drain"); // back-pressure keeps memory flat
  };
  let batch: Row[] = [];
  const flush = async () => {
    const predictions = await classifyTexts({ texts: batch.map((r) => r.text), classifier, batchSize: args.batchSize });
    const lines = predictions.map((p, i) =>
      JSON.stringify({ id: batch[i]!.id, label: p.label, score: p.confidence, probabilities: p.probabilities }),
    );
    batch = [];
    if (lines.length) await write(`${lines.join("\n")}\n`);
  };
  let lineNumber = 0;
  let skipped = 0;
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const row = parseLine(line, lineNumber);
    if (typeof row === "string") {
      skipped++;
      console.error(`classify: line ${lineNumber}: ${row}; skipped`);
      continue;
    }
    batch.push(row);
    // a window of several batches lets classifyTexts group texts of similar length; memory stays bounded by it
    if (batch.length >= args.batchSize * 8) await flush();
  }
  await flush();
  if (output !== process.stdout) {
    output.end();
    await once(output, "finish");
  }
  console.error(`classify: ${lineNumber} lines read, ${skipped} skipped, model ${classifier.modelId}@${classifier.modelVersion}`);
}

main().catch((error) => {
  console.error(`classify: ${(error as Error).message}`);
  process.exit(1);
});
