import type { Nodes, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { changesMarkdown, findingsMarkdown } from '../../src/diagnostics/step-summary.ts';

const fromMarkdown = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const toString = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(toString).join('') : '';

/** The summary as GitHub reads it (GitHub-flavoured Markdown): its table's cells, as text. */
function tableOf(markdown: string): string[][] {
  const tree = fromMarkdown(markdown);
  const table = tree.children.find((node): node is Table => node.type === 'table');
  return table ? table.children.map((row) => row.children.map((cell) => toString(cell))) : [];
}

describe('the job summary', () => {
  it('should give one table row per finding, with what the editor wrote shown as text', () => {
    const place = { file: 'content/reports/a|b.md', line: 12, column: 3 };
    const findings = [
      diagnostic('citation-unknown-reference', place, 'cites [7] but *no* reference has id 7 | <script>'),
    ];
    const markdown = findingsMarkdown('validate', findings, 4);
    expect(markdown).toMatch(/^### validate: 4 files checked: 1 error, 0 warnings\.$/m);
    expect(tableOf(markdown)).toEqual([
      ['File and line', 'Rule', 'Message'],
      [
        'content/reports/a|b.md:12:3',
        'error citation-unknown-reference',
        expect.stringMatching(/^cites \[7\] but \*no\* reference has id 7 \| <script>/),
      ],
    ]);
  });

  it('should have no table when there is nothing to report', () => {
    expect(tableOf(findingsMarkdown('build', [], 1))).toEqual([]);
  });

  it('should say how many pages changed and which reports', () => {
    const markdown = changesMarkdown({
      reports: { added: [], changed: ['content/reports/1-3_x.md'], removed: [] },
      pages: ['index.html', 'rapporten/1-3-x/index.html'],
      removedPages: [],
      pageCount: 30,
      compared: true,
    });
    expect(markdown).toContain('**Pages**: 2 pages of 30 changed against the previous build.');
    expect(markdown).toContain('**Reports changed** (1):');
    expect(fromMarkdown(markdown).children.map((node) => toString(node))).toContain('content/reports/1-3_x.md');
  });
});
