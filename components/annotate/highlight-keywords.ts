import type { Element, ElementContent, Root, RootContent } from "hast";

// A rehype plugin that wraps each occurrence of the search keywords in <mark>. It runs after rehype-sanitize, so the
// only markup it adds is its own. Matching is case-insensitive and on whole words at the edges ("rust" marks
// "Rust" and "rust's", not "trust").

export function keywordPattern(keywords: string[]): RegExp | null {
  const words = [...new Set(keywords.map((k) => k.trim()).filter((k) => k.length > 0))]
    .sort((a, b) => b.length - a.length) // longest first: "steam deck" before "steam"
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** Plain text split into strings and marked matches, for titles (rendered without Markdown). */
export function splitByKeywords(text: string, pattern: RegExp | null): { text: string; match: boolean }[] {
  if (!pattern) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

export function rehypeHighlightKeywords(options: { keywords: string[] }) {
  const pattern = keywordPattern(options.keywords);
  return (tree: Root) => {
    if (pattern) markChildren(tree, pattern);
  };
}

function markChildren(parent: Root | Element, pattern: RegExp) {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === "text") {
      for (const part of splitByKeywords(child.value, pattern)) {
        children.push(
          part.match
            ? { type: "element", tagName: "mark", properties: {}, children: [{ type: "text", value: part.text }] }
            : { type: "text", value: part.text },
        );
      }
    } else {
      if (child.type === "element") markChildren(child, pattern);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
}
