// Whole-word match on normalized text: "rust" finds "rust is great" but not "trust me". Letters and digits of any
// script count as word characters, so it works for non-Latin keywords too.
export function createKeywordMatcher(options: { keyword: string }): (normalizedText: string) => boolean {
  const escaped = options.keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u");
  return (text) => pattern.test(text);
}
