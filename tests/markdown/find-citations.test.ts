import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/markdown/find-citations.ts';
import { parseMarkdown } from '../../src/markdown/parse.ts';

function cite(markdown: string) {
  return findCitations(parseMarkdown(markdown), markdown).map((c) => ({
    id: c.id,
    source: markdown.slice(c.offset, c.offset + c.length),
  }));
}

describe('findCitations', () => {
  it('should find plain, escaped and run-together citations with their exact source', () => {
    expect(cite('Zie [3], \\[4\\] en [5][6].')).toEqual([
      { id: 3, source: '[3]' },
      { id: 4, source: '\\[4\\]' },
      { id: 5, source: '[5]' },
      { id: 6, source: '[6]' },
    ]);
  });

  it('should find citations in emphasis, lists, tables and headings', () => {
    const md = '## Kop [1]\n\n- *punt [2]*\n\n| a | b |\n|---|---|\n| [3] | x |\n';
    expect(cite(md).map((c) => c.id)).toEqual([1, 2, 3]);
  });

  it('should not find citations in code spans, fenced or indented code', () => {
    expect(cite('`[1]`\n\n```\n[2]\n```\n\n    [3]\n')).toEqual([]);
  });

  it('should not take footnotes or links for citations', () => {
    expect(cite('Tekst[^1] en [een link](https://example.org).\n\n[^1]: Voetnoot.')).toEqual([]);
  });

  it('should find citations with their exact source in a body that starts with a byte-order mark', () => {
    // The parser skips the mark; a citation at the end of the first paragraph must not be cut off.
    expect(cite('\ufeffZie [3]\r\n\nen [4].')).toEqual([
      { id: 3, source: '[3]' },
      { id: 4, source: '[4]' },
    ]);
  });
});
