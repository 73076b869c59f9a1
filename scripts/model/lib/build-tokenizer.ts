// Builds a BERT-style WordPiece tokenizer (tokenizer.json + tokenizer_config.json) whose vocabulary comes from the
// training texts. The text clean-up lives in the tokenizer itself (normalizer and pre-tokenizer), so any
// transformers.js user of the model folder gets exactly what the trainer saw.

export const SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] as const;

// Words that open a negation scope. "n't" is rewritten to " not" by the normalizer, so "don't" reads "do not".
export const NEGATION_WORDS = [
  "not", "no", "never", "nothing", "nobody", "none", "nor", "neither", "nowhere", "cannot", "without",
  "dont", "cant", "wont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "shouldnt", "wouldnt", "couldnt",
  "aint", "hardly",
];
// Tokens that close a negation scope (clause punctuation).
export const SCOPE_END_TOKENS = [".", ",", "!", "?", ";", ":", "(", ")"];
// Placeholders the normalizer writes; always in the vocabulary so they never fall back to [UNK].
export const MARKER_TOKENS = ["xurl", "xsarcasm"];

export const URL_PATTERN = String.raw`https?://\S+|www\.\S+`;
// Reddit user mentions become GoEmotions' own name mask, so production text looks like the training text.
export const USER_PATTERN = String.raw`\bu/[A-Za-z0-9_-]{3,}`;
export const SARCASM_PATTERN = String.raw`(?<=\s|^)/s\b`;
export const NOT_PATTERN = String.raw`[nN]['’][tT]\b`;
// A letter repeated three or more times ("sooooo", "loooove", "yesss"): kept twice, so every elongation of a word
// reads as one token ("soo", "loove", "yess") whatever its length. "$1$1" is a JavaScript replacement: the folder
// targets transformers.js (the Rust tokenizers library would insert the text literally).
export const ELONGATION_PATTERN = String.raw`(\p{L})\1{2,}`;
export const EMOJI_PATTERN = String.raw`\p{Extended_Pictographic}`;

export type TokenizerFiles = {
  tokenizer: Record<string, unknown>;
  tokenizerConfig: Record<string, unknown>;
  vocabSize: number;
  // contiguous id ranges the ONNX graph tests with two comparisons
  negationIds: [number, number];
  scopeEndIds: [number, number];
};

type BuildTokenizerOptions = {
  // already pre-tokenized words (see splitWords): the builder only counts them
  words: Iterable<string[]>;
  maxWords: number;
  maxLength: number;
  // words added at the end of the vocabulary even when the texts lack them (lexicon words, select-lexicon-words.ts)
  extraWords?: string[];
  squeezeRepeats?: boolean; // add the ELONGATION_PATTERN rewrite to the normalizer
};

export function buildTokenizer({ words, maxWords, maxLength, extraWords = [], squeezeRepeats = false }: BuildTokenizerOptions): TokenizerFiles {
  const wordCounts = new Map<string, number>();
  const charCounts = new Map<string, number>();
  for (const list of words) {
    for (const w of list) {
      wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
      for (const ch of w) charCounts.set(ch, (charCounts.get(ch) ?? 0) + 1);
    }
  }
  const vocab = new Map<string, number>();
  const add = (token: string) => {
    if (!vocab.has(token)) vocab.set(token, vocab.size);
  };
  SPECIAL_TOKENS.forEach(add);
  NEGATION_WORDS.forEach(add);
  const negationIds: [number, number] = [vocab.get(NEGATION_WORDS[0]!)!, vocab.size];
  SCOPE_END_TOKENS.forEach(add);
  const scopeEndIds: [number, number] = [vocab.get(SCOPE_END_TOKENS[0]!)!, vocab.size];
  MARKER_TOKENS.forEach(add);

  // Ties broken by the string itself so the vocabulary never depends on Map insertion order.
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  for (const [ch] of [...charCounts].filter(([, n]) => n >= 2).sort(byCount)) {
    add(ch);
    add(`##${ch}`);
  }
  const frequent = [...wordCounts].filter(([w, n]) => n >= 2 && w.length <= 100).sort(byCount);
  for (const [w] of frequent.slice(0, maxWords)) add(w);
  // Frequent endings of rare words, so unseen inflections still share a piece with known ones.
  const suffixes = new Map<string, number>();
  for (const [w, n] of wordCounts) {
    if (n >= 3 || w.length <= 4) continue;
    for (let k = 2; k <= 4; k++) suffixes.set(`##${w.slice(-k)}`, (suffixes.get(`##${w.slice(-k)}`) ?? 0) + n);
  }
  for (const [s] of [...suffixes].filter(([, n]) => n >= 20).sort(byCount).slice(0, 2000)) add(s);
  // last, so every other token keeps the id (and the n-gram buckets) it has without them
  extraWords.forEach(add);

  return {
    tokenizer: tokenizerJson(Object.fromEntries(vocab), squeezeRepeats),
    tokenizerConfig: {
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
      model_max_length: maxLength,
      cls_token: "[CLS]",
      sep_token: "[SEP]",
      pad_token: "[PAD]",
      unk_token: "[UNK]",
      mask_token: "[MASK]",
      clean_up_tokenization_spaces: true,
    },
    vocabSize: vocab.size,
    negationIds,
    scopeEndIds,
  };
}

function tokenizerJson(vocab: Record<string, number>, squeezeRepeats: boolean) {
  const special = (content: string, id: number) => ({
    id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
  });
  const cls = { SpecialToken: { id: "[CLS]", type_id: 0 } };
  const sep = { SpecialToken: { id: "[SEP]", type_id: 0 } };
  const replace = (pattern: string, content: string) => ({ type: "Replace", pattern: { Regex: pattern }, content });
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((t, i) => special(t, i)),
    normalizer: {
      type: "Sequence",
      normalizers: [
        replace(URL_PATTERN, " xurl "),
        replace(USER_PATTERN, " [NAME] "),
        replace(SARCASM_PATTERN, " xsarcasm "),
        replace(NOT_PATTERN, " not"),
        ...(squeezeRepeats ? [replace(ELONGATION_PATTERN, "$1$1")] : []),
        { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
      ],
    },
    pre_tokenizer: {
      type: "Sequence",
      pretokenizers: [
        // every emoji its own word, so "lol😂" and "😂😂" share the 😂 token
        { type: "Split", pattern: { Regex: EMOJI_PATTERN }, behavior: "Isolated", invert: false },
        { type: "BertPreTokenizer" },
      ],
    },
    post_processor: {
      type: "TemplateProcessing",
      single: [cls, { Sequence: { id: "A", type_id: 0 } }, sep],
      pair: [cls, { Sequence: { id: "A", type_id: 0 } }, sep, { Sequence: { id: "B", type_id: 1 } }, { SpecialToken: { id: "[SEP]", type_id: 1 } }],
      special_tokens: {
        "[CLS]": { id: "[CLS]", ids: [vocab["[CLS]"]], tokens: ["[CLS]"] },
        "[SEP]": { id: "[SEP]", ids: [vocab["[SEP]"]], tokens: ["[SEP]"] },
      },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: { type: "WordPiece", unk_token: "[UNK]", continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab },
  };
}
