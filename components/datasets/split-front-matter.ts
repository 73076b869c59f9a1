// A Hugging Face dataset card starts with a YAML header between two "---" lines; rendered as Markdown it would become
// a rule and a run-on paragraph, so the screen shows it apart, as code.

export function splitFrontMatter(markdown: string): { yaml: string | null; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return { yaml: null, body: markdown };
  return { yaml: match[1]!, body: markdown.slice(match[0].length) };
}
