import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseMarkdown } from './parse.ts';

// Raw HTML in Markdown is dropped (remark-rehype's default), so nothing an
// editor types can inject markup into the page.
const toHtml = unified().use(remarkRehype).use(rehypeStringify);

/** HTML for a Markdown syntax tree that was already parsed (during validation). */
export function renderTree(tree: Root): string {
  return toHtml.stringify(toHtml.runSync(tree));
}

export function renderMarkdown(markdown: string): string {
  return renderTree(parseMarkdown(markdown));
}
