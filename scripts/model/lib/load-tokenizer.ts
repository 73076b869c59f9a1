import { BertTokenizer } from "@huggingface/transformers";

// The transformers.js tokenizer built straight from the JSON objects, so training sees the very ids the runtime
// pipeline will produce from the same tokenizer.json.
export function loadTokenizer({ tokenizer, tokenizerConfig }: { tokenizer: object; tokenizerConfig: object }) {
  return new BertTokenizer(tokenizer, tokenizerConfig);
}

type Tokenizer = ReturnType<typeof loadTokenizer>;
type PreTokenizing = { normalizer: ((t: string) => string) | null; pre_tokenizer: ((t: string) => string[]) | null };

// Words as the tokenizer's normalizer and pre-tokenizer cut them (before WordPiece), to count the vocabulary.
// transformers.js does not expose this step publicly; the wrapped @huggingface/tokenizers object does.
export function splitWords(tokenizer: Tokenizer, text: string): string[] {
  const inner = (tokenizer as unknown as { _tokenizer?: PreTokenizing })._tokenizer;
  if (!inner?.normalizer || !inner.pre_tokenizer) throw new Error("tokenizer internals changed: cannot pre-tokenize");
  return inner.pre_tokenizer(inner.normalizer(text));
}

// Token ids with [CLS]/[SEP], truncated to model_max_length exactly as the text-classification pipeline does.
export function encodeTexts(tokenizer: Tokenizer, texts: string[]): number[][] {
  return texts.map((text) => {
    const { input_ids } = tokenizer(text, { truncation: true });
    return Array.from(input_ids.data as BigInt64Array, Number);
  });
}
