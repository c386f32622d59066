import type { Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeCitations, { type CitationAnchor, type CitationTarget } from './rehype-citations.ts';
import rehypeShiftHeadings from './rehype-shift-headings.ts';
import { parseRenderable, renderableTree } from './nesting.ts';
import { tableOfContents, type TocEntry } from './toc.ts';

// Editors may write raw HTML (a <details> block, say). It is parsed, then
// sanitized with GitHub's rules: no <script>, no on* attributes, no
// javascript: URLs. What we add ourselves (heading ids, citation links)
// comes after sanitizing, so it is not stripped.
// The contents of <style>, <iframe> and the like go too, not just the tags.
const sanitizeSchema = {
  ...defaultSchema,
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed'],
};
const untrusted = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema);
// rehype-raw re-parses the whole tree with parse5, the costliest step; a text
// without raw HTML (most reports) needs only the sanitizer.
const plain = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema);
const stringify = unified().use(rehypeStringify);

function sanitizedTree(tree: Root): HastRoot {
  const hasHtml = tree.children.some(function html(node): boolean {
    return node.type === 'html' || ('children' in node && node.children.some(html));
  });
  return (hasHtml ? untrusted : plain).runSync(tree) as HastRoot;
}

/**
 * HTML for Markdown other than a report body (the agreement text, history
 * notes, the about page): sanitized, headings starting at `topHeading`.
 */
export function renderMarkdown(markdown: string, topHeading = 3): string {
  const hast = sanitizedTree(parseRenderable(markdown));
  rehypeShiftHeadings({ top: topHeading })(hast);
  return stringify.stringify(hast);
}

/** The plain text a reader sees of some Markdown, for meta descriptions. */
export function markdownText(markdown: string): string {
  return toString(sanitizedTree(parseRenderable(markdown)))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface RenderedBody {
  html: string;
  toc: TocEntry[];
  citations: CitationAnchor[];
}

/**
 * A report body, from the tree parsed during validation: sanitized, headings
 * shifted under the page title and given ids, citations linked.
 */
export function renderBody(tree: Root, targets: ReadonlyMap<number, CitationTarget>): RenderedBody {
  const file = { data: {} as Record<string, unknown> };
  const hast = sanitizedTree(renderableTree(tree));
  rehypeShiftHeadings({ top: 2 })(hast);
  rehypeSlug()(hast);
  rehypeCitations({ targets })(hast, file);
  return {
    html: stringify.stringify(hast),
    toc: tableOfContents(hast),
    citations: file.data.citations as CitationAnchor[],
  };
}
