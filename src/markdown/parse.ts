import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses a report body (GitHub-flavoured Markdown) into a syntax tree with positions. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
