import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  id: string;
  text: string;
  level: number;
}

/** The body's h2 and h3 headings with their ids, for "Op deze pagina". */
export function tableOfContents(tree: Root): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(tree, 'element', (node) => {
    const level = /^h([23])$/.exec(node.tagName)?.[1];
    const id = node.properties.id;
    if (level && typeof id === 'string') entries.push({ id, text: toString(node).trim(), level: Number(level) });
  });
  return entries;
}
