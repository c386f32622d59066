import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface CitationTarget {
  /** What the citation's accessible name and tooltip say, e.g. the decision's title. */
  label: string;
}

export interface CitationsOptions {
  /** The report's references by id; citations of other numbers stay plain text. */
  targets: ReadonlyMap<number, CitationTarget>;
  /** Anchor of reference n in the list (default: `bron-n`). */
  referenceAnchor?: (id: number) => string;
}

/** Where each citation sits, for the links back from the reference list. */
export interface CitationAnchor {
  id: number;
  anchor: string;
}

const citation = /\[(\d+)\]/g;
/** Text in these is not prose: no citation links inside. */
const skipped = new Set(['code', 'pre', 'a', 'script', 'style', 'kbd', 'samp']);

/**
 * Turns citations `[n]` into links to reference n, each with an accessible
 * name ("bron 10: <title>") and a tooltip with the decision's title, and an
 * id of its own so the reference can link back. The anchors are left in
 * `file.data.citations`.
 *
 * The name lives in the tooltip, which is visually hidden until hover or
 * focus but always read by screen readers, so the title is written once.
 *
 * `Zie [3].` → `Zie <a href="#bron-3" id="citaat-3-1" class="citation"><span aria-hidden="true">[3]</span><span class="citation-tip">bron 3: Titel</span></a>.`
 */
export default function rehypeCitations(options: CitationsOptions) {
  const anchorOf = options.referenceAnchor ?? ((id: number) => `bron-${id}`);
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const anchors: CitationAnchor[] = [];
    const seen = new Map<number, number>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && skipped.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = split(node, (id) => {
        const target = options.targets.get(id);
        if (!target) return undefined;
        const count = (seen.get(id) ?? 0) + 1;
        seen.set(id, count);
        const anchor = `citaat-${id}-${count}`;
        anchors.push({ id, anchor });
        return link(id, anchor, anchorOf(id), target.label);
      });
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
    file.data.citations = anchors;
  };
}

function split(node: Text, toLink: (id: number) => Element | undefined): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(citation)) {
    const element = toLink(Number(match[1]));
    if (!element) continue;
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(element);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function link(id: number, anchor: string, target: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${target}`, id: anchor, className: ['citation'] },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: `[${id}]` }],
      },
      {
        type: 'element',
        tagName: 'span',
        // Decision titles belong to the reference list, not to the search index.
        properties: { className: ['citation-tip'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: `bron ${id}: ${label}` }],
      },
    ],
  };
}
