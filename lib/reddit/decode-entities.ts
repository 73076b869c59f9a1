// Reddit escapes &, < and > in JSON unless raw_json=1 is sent; dumps and old clients carry the escaped form.
// Decoded exactly once: "&amp;lt;" is a user who typed "&lt;", and must stay "&lt;".
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", "#39": "'" };

export function decodeEntities(options: { text: string }): string {
  const { text } = options;
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+\d*);/gi, (match, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower in NAMED) return NAMED[lower] ?? match;
    if (lower.startsWith("#")) {
      const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : match;
    }
    return match;
  });
}
