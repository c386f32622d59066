import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface Citation {
  /** The cited reference id. */
  id: number;
  /** Offset of the citation's first character in the Markdown source. */
  offset: number;
  /** Length in the source, escapes included (`\[3\]` is 6). */
  length: number;
}

/** `[3]` or `\[3\]`; both read as the text "[3]". */
const citationPattern = /\\?\[(\d+)\\?\]/g;

/**
 * Every citation in a report body, in source order. Only prose counts: code
 * spans and code blocks are other node types, so `[3]` in code is left alone.
 * The source slice is scanned rather than the node's value so that offsets
 * stay exact when the editor escaped the brackets.
 */
export function findCitations(tree: Root, markdown: string): Citation[] {
  const citations: Citation[] = [];
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (const match of markdown.slice(start, end).matchAll(citationPattern)) {
      citations.push({ id: Number(match[1]), offset: start + match.index, length: match[0].length });
    }
  });
  return citations;
}
