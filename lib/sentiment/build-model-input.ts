// What the model reads for a Reddit item: the title, a blank line, then the body (either may be empty). The
// tokenizer keeps the first tokens up to the model's limit, so a post's title always survives and a long body
// loses its end, never its beginning.
export function buildModelInput({ title, body }: { title?: string | null; body?: string | null }): string {
  return [title, body]
    .map((part) => (part ?? "").trim())
    .filter(Boolean)
    .join("\n\n");
}
