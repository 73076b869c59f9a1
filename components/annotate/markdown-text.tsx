import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { rehypeHighlightKeywords } from "@/components/annotate/highlight-keywords";

// Markdown written by Reddit users or by an admin (guidelines), rendered safely: raw HTML stays text (react-markdown
// never parses it), rehype-sanitize strips dangerous URLs and attributes, links open in a new tab without a referrer.

const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer nofollow" className="text-brand-700 underline" />,
  mark: ({ node: _node, ...props }) => <mark {...props} className="rounded bg-amber-100 px-0.5 text-inherit" />,
};

export function MarkdownText({ markdown, keywords = [], className = "" }: { markdown: string; keywords?: string[]; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize, [rehypeHighlightKeywords, { keywords }]]}
        components={components}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
