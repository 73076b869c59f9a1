import { MarkdownText } from "@/components/annotate/markdown-text";
import { splitFrontMatter } from "@/components/datasets/split-front-matter";

// The version's README.md as a reader sees it on Hugging Face: the YAML header tucked away as code, the rest rendered
// (sanitized Markdown, like every other Markdown on the site).
export function DatasetCard({ markdown }: { markdown: string }) {
  const { yaml, body } = splitFrontMatter(markdown);
  return (
    <section aria-label="Dataset card" className="min-w-0 rounded-lg border border-slate-200 p-4" data-testid="dataset-card">
      {yaml !== null && (
        <details className="mb-3">
          <summary className="cursor-pointer text-xs font-medium uppercase tracking-wide text-slate-500">YAML header</summary>
          <pre className="mt-2 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs"><code>{yaml}</code></pre>
        </details>
      )}
      <MarkdownText markdown={body} className="text-sm" />
    </section>
  );
}
