import type { Nodes, Root } from 'mdast';
import { inputLimits } from '../limits.ts';
import { parseMarkdown } from './parse.ts';

/** Where Markdown first nests deeper than a limit, and how deep it goes there. */
export interface DeepPlace {
  /** Offset in the Markdown source. */
  offset: number;
  depth: number;
}

/**
 * A bound on how deeply any line of a Markdown text can nest lists and
 * quotes, found without parsing: every container a line is inside is either
 * opened on it (`>`, `-`, `*`, `+`, `1.`, `1)`) or continued by at least two
 * columns of indentation. It overestimates (indented code counts too), so it
 * guards with a wide margin; the exact check is `treeNesting`, on the parsed
 * tree. It exists because the parser takes minutes on a list nested 1,000
 * levels deep by indentation, and overflows the stack on one nested by
 * markers (`- - - … x`).
 */
export function lineNesting(markdown: string, limit: number): DeepPlace | undefined {
  let start = 0;
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start);
    if (end === -1) end = markdown.length;
    const depth = lineDepth(markdown, start, end);
    if (depth > limit) return { offset: start, depth };
    start = end + 1;
  }
  return undefined;
}

function lineDepth(text: string, start: number, end: number): number {
  let markers = 0;
  let indent = 0;
  let column = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      const width = c === 9 ? 4 - (column % 4) : 1;
      column += width;
      indent += width;
      i++;
      continue;
    }
    const after = markerEnd(text, i, end);
    if (after === undefined) break;
    markers++;
    column += after - i;
    i = after;
    // The space that ends a marker is part of it, not indentation.
    if (i < end && text.charCodeAt(i) === 32) {
      column++;
      i++;
    }
  }
  return markers + Math.floor(indent / 2);
}

/** The end of a block-quote or list marker at `i`, if there is one. */
function markerEnd(text: string, i: number, end: number): number | undefined {
  const c = text[i]!;
  const spaceOrEnd = (at: number) => at >= end || text[at] === ' ' || text[at] === '\t' || text[at] === '\r';
  if (c === '>') return i + 1;
  if ((c === '-' || c === '*' || c === '+') && spaceOrEnd(i + 1)) return i + 1;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > i && (text[j] === '.' || text[j] === ')') && spaceOrEnd(j + 1)) return j + 1;
  return undefined;
}

/** Node types an editor nests: each is one level. */
const levels = new Set([
  'list',
  'blockquote',
  'footnoteDefinition',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

/**
 * How deeply a parsed Markdown text nests lists, quotes, emphasis, links and
 * raw HTML elements (which count where they are open, across the HTML
 * fragments of the text, since the renderer parses them as one document):
 * the first place deeper than `limit`. Walks the tree without recursion, so
 * any tree the parser returns can be measured.
 */
export function treeNesting(tree: Root, limit: number): DeepPlace | undefined {
  const open: string[] = [];
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: outer } = stack.pop()!;
    const depth = outer + (levels.has(node.type) ? 1 : 0);
    if (node.type === 'html') updateOpenElements(open, node.value);
    const total = depth + open.length;
    if (total > limit) return { offset: node.position?.start.offset ?? 0, depth: total };
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth });
    }
  }
  return undefined;
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements that an opening tag of the same group closes, as HTML parsers do. */
const siblingGroups: Record<string, string> = {
  p: 'p',
  li: 'li',
  dt: 'd',
  dd: 'd',
  tr: 'tr',
  td: 't',
  th: 't',
  option: 'option',
  thead: 'tsection',
  tbody: 'tsection',
  tfoot: 'tsection',
};
const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>/g;

/**
 * Follows which HTML elements are open after a fragment. An approximation of
 * an HTML parser that never underestimates by much: closing tags close up to
 * their element, a `<p>` or `<li>` closes the one before it.
 */
function updateOpenElements(open: string[], html: string): void {
  for (const [, closing, rawName] of html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').matchAll(tag)) {
    const name = rawName!.toLowerCase();
    if (voidElements.has(name)) continue;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
      continue;
    }
    const group = siblingGroups[name];
    const top = open.at(-1);
    if (group !== undefined && top !== undefined && siblingGroups[top] === group) open.pop();
    open.push(name);
  }
}

/**
 * A tree the renderer's recursive steps can walk: the tree itself, or, when
 * it nests deeper than the limit, one paragraph holding its text. The
 * validator stops such reports; this keeps every other caller (and any
 * future one) from overflowing the stack.
 */
export function renderableTree(tree: Root): Root {
  if (!treeNesting(tree, inputLimits.nesting)) return tree;
  return asParagraph(textOf(tree));
}

/** Parses Markdown for rendering, without parsing what would take too long. */
export function parseRenderable(markdown: string): Root {
  if (lineNesting(markdown, lineScanMargin * inputLimits.nesting)) return asParagraph(markdown);
  return renderableTree(parseMarkdown(markdown));
}

/**
 * How far beyond the nesting limit the line scan looks before refusing to
 * parse. The scan overestimates (indented code counts as nesting), so it only
 * stops what would take the parser long or overflow its stack; the exact
 * limit is checked on the parsed tree.
 */
export const lineScanMargin = 5;

function asParagraph(text: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

function textOf(tree: Root): string {
  const parts: string[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join(' ');
}
