import { normalizeText } from "@/lib/reddit/normalize-text";

// Keywords are compared the way item text is normalized, so "Steam  Deck" finds "steam deck".
export function normalizeKeyword(options: { keyword: string }): string {
  return normalizeText({ text: options.keyword });
}
