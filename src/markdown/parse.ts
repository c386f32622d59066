import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parses a report body (GitHub-flavoured Markdown) into a syntax tree with
 * positions. The parser drops a byte-order mark at the start of its input
 * and counts from the character after it; a body can start with one (pasted
 * after the front matter), so the positions are moved back onto the text as
 * given, or citations and findings would be one character off.
 */
export function parseMarkdown(markdown: string): Root {
  const tree = parser.parse(markdown);
  if (markdown.charCodeAt(0) === 0xfeff) visit(tree, shiftPastMark);
  return tree;
}

function shiftPastMark(node: Nodes): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (!point) continue;
    if (point.offset !== undefined) point.offset++;
    if (point.line === 1) point.column++;
  }
}
