// What the model reads for a Reddit item: the title, a blank line, then the body (either may be empty). The
// tokenizer keeps the first tokens up to the model's limit, so a post's title always survives and a long body
// loses its end, never its beginning.
export function buildModelInput({ title, body }: { title?: string | null; body?: string | null }): string {
  return [title, body]
    .map((part) => (part ?? "").trim())
    .filter(Boolean)
    .join("\n\n");
}

// Tokenizing a 40,000-character selftext only to keep its first 256 tokens is wasted work: texts are first cut to
// 16 characters per token of budget (real text averages 4-5), at a character boundary.
export function capTextLength(text: string, maxTokens: number): string {
  const limit = maxTokens * 16;
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
