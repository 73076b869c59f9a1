// The text the model reads and dedup hashes. Choices, and why:
// - NFKC + lowercase: "Ｒｕｓｔ" and "RUST" are the same word to a reader.
// - URLs removed (not replaced): reposts differ in tracking parameters, and the model learns nothing from them.
// - Markdown syntax stripped, link text kept: `[great](http://x)` reads as "great".
// - Control characters (NUL can't be stored), zero-width spaces and BOM dropped, but the zero-width joiner kept so emoji sequences (👩‍💻) survive.
// - Whitespace collapsed to single spaces, trimmed.
// Originals stay in title/body for display.
const MARKDOWN_LINK = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/gi;
const REDDIT_REF = /(?:^|\s)\/?(?:r|u)\/[A-Za-z0-9_-]+/g;
const LINE_MARKERS = /^[ \t]*(?:>+|#{1,6}|[-*+][ \t]|\d+\.[ \t])[ \t]*/gm;
const INLINE_MARKERS = /(\*\*|__|~~|`+|\^|>!|!<|(?<=\s|^)[*_]|[*_](?=\s|$))/g;
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200c\u2060\ufeff\u00ad]/g;

export function normalizeText(options: { text: string }): string {
  return options.text
    .normalize("NFKC")
    .toLowerCase()
    .replace(MARKDOWN_LINK, " $1 ")
    .replace(URL, " ")
    .replace(REDDIT_REF, (m) => m.replace(/\/?(?:r|u)\//, ""))
    .replace(LINE_MARKERS, "")
    .replace(INLINE_MARKERS, "")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
}
