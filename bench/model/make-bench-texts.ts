import fs from "node:fs";
import path from "node:path";

// Synthetic Reddit-comment-like texts for the benchmark, with no dataset needed: words drawn from the embedded
// tokenizer's vocabulary (which is ordered by frequency), frequent words more often, 5-45 words, some punctuation.
// Deterministic, so runs are comparable.
export function makeBenchTexts({ count, tokenizerDir }: { count: number; tokenizerDir: string }) {
  const tokenizer = JSON.parse(fs.readFileSync(path.join(tokenizerDir, "tokenizer.json"), "utf8")) as {
    model: { vocab: Record<string, number> };
  };
  const words = Object.entries(tokenizer.model.vocab)
    .sort((a, b) => a[1] - b[1])
    .map(([w]) => w)
    .filter((w) => /^[a-z']{2,}$/.test(w));
  let seed = 42;
  const uniform = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 5 + Math.floor(uniform() * 41);
    const parts: string[] = [];
    for (let j = 0; j < length; j++) {
      parts.push(words[Math.floor(words.length * uniform() ** 3)]!);
      if (uniform() < 0.08) parts.push(uniform() < 0.5 ? "," : ".");
    }
    texts.push(parts.join(" ").replace(/ ([,.])/g, "$1"));
  }
  return texts;
}
