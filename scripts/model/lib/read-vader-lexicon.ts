import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// VADER's valence lexicon (vader-sentiment's vader_lexicon.txt: token, mean valence from -4 to +4, ...), read from
// the installed package so the repository keeps no copy. `bytes` lets the build record its sha256.
export type LexiconEntry = { token: string; valence: number };

export function readVaderLexicon(): { entries: LexiconEntry[]; bytes: Buffer } {
  const dir = path.dirname(createRequire(import.meta.url).resolve("vader-sentiment/package.json"));
  const bytes = fs.readFileSync(path.join(dir, "vader_lexicon.txt"));
  const entries = bytes
    .toString("utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((cols) => cols.length >= 2 && cols[0] !== "" && Number.isFinite(Number(cols[1])))
    .map(([token, valence]) => ({ token: token!, valence: Number(valence) }));
  return { entries, bytes };
}
