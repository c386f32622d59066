import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ShiftHeadingsOptions {
  /** Level the first heading level becomes (default: `2`, below the page's h1). */
  top?: number;
}

const headingLevel = /^h([1-6])$/;

/**
 * Makes a body's headings fit under the page title: the highest level used
 * becomes `top`, and no heading is more than one level below the one before.
 *
 * `# A` `### B` `## C` → `<h2>A</h2><h3>B</h3><h3>C</h3>`
 */
export default function rehypeShiftHeadings(options?: ShiftHeadingsOptions) {
  const top = options?.top ?? 2;
  return (tree: Root) => {
    const headings: { tagName: string }[] = [];
    visit(tree, 'element', (node) => {
      if (headingLevel.test(node.tagName)) headings.push(node);
    });
    const levels = headings.map((h) => Number(headingLevel.exec(h.tagName)![1]));
    const highest = Math.min(...levels);
    let previous = top - 1;
    headings.forEach((heading, i) => {
      const level = Math.min(levels[i]! - highest + top, previous + 1, 6);
      heading.tagName = `h${level}`;
      previous = level;
    });
  };
}
