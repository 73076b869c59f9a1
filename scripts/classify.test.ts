import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFixtureModel } from "@/scripts/model/lib/write-fixture-model";

// The CLI as a user runs it (a child process), on a fixture model in a temp dir.
let root: string;
let model: string;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/classify.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent" },
  });

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "postmood-cli-"));
  model = path.join(root, "fixture-cli");
  writeFixtureModel({ dir: model, id2label: ["negative", "neutral", "positive"], weights: { good: [0, 0, 4], bad: [4, 0, 0], "[CLS]": [0, 1.5, 0] } });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("npm run classify", () => {
  it("writes one line per valid input and reports malformed lines with their number", () => {
    const input = ['{"id":"a","text":"good"}', "{oops", '{"text":"bad"}', '{"id":"x"}', "", '{"id":9,"text":"a b"}'].join("\n");
    const result = run(["--model", model, "--batch-size", "2"], input);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.label])).toEqual([["a", "positive"], ["3", "negative"], ["9", "neutral"]]);
    expect(lines[0].score).toBe(lines[0].probabilities.positive);
    expect(Object.keys(lines[0].probabilities)).toEqual(["negative", "neutral", "positive"]);
    expect(result.stderr).toContain("line 2: not valid JSON; skipped");
    expect(result.stderr).toContain('line 4: missing string field "text"; skipped');
  });

  it("reads --input and writes --output", () => {
    const input = path.join(root, "in.jsonl");
    const output = path.join(root, "out.jsonl");
    fs.writeFileSync(input, Array.from({ length: 70 }, (_, i) => JSON.stringify({ id: `r${i}`, text: i % 2 ? "good" : "bad" })).join("\n"));
    const result = run(["--model", model, "--input", input, "--output", output]);
    expect(result.status).toBe(0);
    const lines = fs.readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(70);
    expect(lines[69]).toMatchObject({ id: "r69", label: "positive" });
  });

  it("exits with 2 and a clear message on bad arguments", () => {
    for (const args of [["--bogus"], ["--input", path.join(root, "missing.jsonl")], ["--batch-size", "0"]]) {
      const result = run(args, "");
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^classify: .+\nusage: npm run classify/);
    }
  });

  it("fails (exit 1) when an explicitly named model cannot load", () => {
    const result = run(["--model", path.join(root, "nope")], '{"text":"good"}\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is missing or incomplete (no config.json)");
  });
});
