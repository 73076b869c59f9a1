import { splitWords, type loadTokenizer } from "./load-tokenizer";
import type { LexiconEntry } from "./read-vader-lexicon";

// Lexicon entries that the tokenizer reads as one alphabetic word (not emoticons, which split into punctuation),
// to add to the vocabulary: a word absent from the training texts then gets its own weight row, which the lexicon
// pseudo-examples train, instead of sharing WordPiece fragments with unrelated words.
export function selectLexiconWords({ entries, bare, minValence }: { entries: LexiconEntry[]; bare: ReturnType<typeof loadTokenizer>; minValence: number }) {
  const words = new Set<string>();
  for (const e of entries) {
    if (Math.abs(e.valence) < minValence) continue;
    const split = splitWords(bare, e.token);
    if (split.length === 1 && /^\p{L}+$/u.test(split[0]!)) words.add(split[0]!);
  }
  return [...words].sort();
}
