import { describe, expect, it } from 'vitest';
import { inputLimits } from '../../src/limits.ts';
import { lineNesting, parseRenderable, renderableTree, treeNesting } from '../../src/markdown/nesting.ts';
import { parseMarkdown } from '../../src/markdown/parse.ts';

/** How deep the line scan finds a text: the depth of its deepest line. */
function lineDepth(markdown: string): number {
  let depth = 0;
  while (lineNesting(markdown, depth)) depth++;
  return depth;
}

/** How deep the parsed tree of a text nests. */
function treeDepth(markdown: string): number {
  const tree = parseMarkdown(markdown);
  let depth = 0;
  while (treeNesting(tree, depth)) depth++;
  return depth;
}

describe('lineNesting, the scan that guards the parser', () => {
  it.each([
    ['plain text', 'Tekst zonder lijst', 0],
    ['a quote', '> citaat', 1],
    ['a quote in a quote, with or without a space', '>> citaat\n> > citaat', 2],
    ['a list item of each marker', '- a\n* b\n+ c', 1],
    ['a list item in a quote', '> - a', 2],
    ['numbered items, with a dot or a parenthesis', '1. a\n12) b\n> 3. c', 2],
    ['a marker at the end of its line', '-\n>', 1],
    // The tab after a marker counts as indentation: an overestimate, which the scan may make.
    ['a marker before a tab', '-\ta', 2],
    ['a marker before a carriage return', '-\r\n', 1],
    ['two columns of indentation per level', '- a\n  - b\n    - c', 3],
    ['a tab as four columns', '\t- b', 3],
    ['a tab after a space as three columns', ' \t- b', 3],
    ['two tabs as eight columns', '\t\t- b', 5],
    ['markers run together on one line', '- - - x', 3],
  ])('should count %s', (_, markdown, depth) => {
    expect(lineDepth(markdown)).toBe(depth);
  });

  it.each([
    ['a hyphen in a word', '-a', 0],
    ['emphasis', '*nadruk*', 0],
    ['a number without a dot', '2024 was een jaar', 0],
    ['a number with a dot inside a sentence', '3.5 miljoen', 0],
    ['a number of ten digits', '1234567890. a', 0],
    ['a marker after text', 'tekst - b', 0],
  ])('should not count %s', (_, markdown, depth) => {
    expect(lineDepth(markdown)).toBe(depth);
  });

  it('should give the offset of the first line that goes past the limit, and its depth', () => {
    const markdown = 'a\n- b\n  - c\n    - d\n      - e';
    expect(lineNesting(markdown, 2)).toEqual({ offset: markdown.indexOf('    - d'), depth: 3 });
    expect(lineNesting(markdown, 4)).toBeUndefined();
  });

  it('should look at the last line, also without a newline after it', () => {
    expect(lineNesting('a\n\n> > x', 1)).toEqual({ offset: 3, depth: 2 });
    expect(lineNesting('a\n', 0)).toBeUndefined();
    expect(lineNesting('', 0)).toBeUndefined();
  });
});

describe('treeNesting, the exact depth on the parsed tree', () => {
  it.each([
    ['a paragraph', 'tekst', 0],
    ['a list', '- a', 1],
    ['a list in a list', '- a\n  - b', 2],
    ['a quote', '> a', 1],
    ['emphasis, strong and strikethrough', '*a **b ~~c~~***', 3],
    ['a link', '[a](https://example.org)', 1],
    ['a link reference', '[a][x]\n\n[x]: https://example.org', 1],
    ['a footnote definition', 'a[^1]\n\n[^1]: *b*', 2],
    ['headings and tables as no level', '# Kop\n\n| a |\n|---|\n| b |', 0],
  ])('should count %s', (_, markdown, depth) => {
    expect(treeDepth(markdown)).toBe(depth);
  });

  it('should count raw HTML elements where they are open, across the fragments of the text', () => {
    expect(treeDepth('<div><div>\n\ntekst\n\n</div></div>')).toBe(2);
    // The text after the closing tags is outside both.
    expect(treeDepth('<div>\n\n<section>\n\n</section>\n\n</div>\n\n- a')).toBe(2);
    expect(treeDepth('<div>\n\n</div>\n\n- a')).toBe(1);
    expect(treeDepth('<DIV><Span>\n\n*a*')).toBe(3);
  });

  it('should close what a closing tag closes, up to its element, and ignore a stray one', () => {
    // Open after the closing tag: the div, then strong and emphasis.
    expect(treeDepth('<div><section><p>\n\n</section>\n\n**a *b* c**')).toBe(3);
    expect(treeDepth('</span>\n\n*a*')).toBe(1);
  });

  it.each([
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
  ])('should not count the empty element <%s> as open', (name) => {
    expect(treeDepth(`<${name}><${name}/>\n\n*a*`)).toBe(1);
  });

  it.each([
    ['p', 'p'],
    ['li', 'li'],
    ['dt', 'dd'],
    ['dd', 'dt'],
    ['tr', 'tr'],
    ['td', 'th'],
    ['th', 'td'],
    ['option', 'option'],
    ['thead', 'tbody'],
    ['tbody', 'tfoot'],
    ['tfoot', 'thead'],
  ])('should let <%s> be closed by a following <%s>, as HTML parsers do', (first, second) => {
    expect(treeDepth(`<${first}>a<${second}>b<${first}>c\n\n*x*`)).toBe(2);
  });

  it('should not close an element of another group, nor when nothing is open', () => {
    expect(treeDepth('<p>a<li>b\n\n*x*')).toBe(3);
    expect(treeDepth('<td>a<tr>b\n\n*x*')).toBe(3);
    expect(treeDepth('<p>\n\n*x*')).toBe(2);
  });

  it('should not count elements in HTML comments, closed or left open', () => {
    expect(treeDepth('<!-- <div><div> -->\n\n*a*')).toBe(1);
    expect(treeDepth('<div><!-- <div>\n\n*a*')).toBe(2);
  });

  it('should give the place where the text first goes past the limit', () => {
    const markdown = 'tekst\n\n- a\n  - b\n\n> *c*';
    expect(treeNesting(parseMarkdown(markdown), 1)).toEqual({ offset: markdown.indexOf('- b'), depth: 2 });
    expect(treeNesting(parseMarkdown(markdown), 2)).toBeUndefined();
  });
});

describe('renderableTree and parseRenderable', () => {
  const tooDeep = (levels: number) =>
    Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n');

  it('should keep a tree within the limit as it is', () => {
    const tree = parseMarkdown(tooDeep(inputLimits.nesting));
    expect(renderableTree(tree)).toBe(tree);
    expect(parseRenderable('*a* `b`')).toEqual(parseMarkdown('*a* `b`'));
  });

  it('should make a tree past the limit one paragraph of its text, code included', () => {
    const markdown = `${tooDeep(inputLimits.nesting + 1)}\n\n\`code\`\n\n    blok`;
    const expected = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              value: [...Array.from({ length: inputLimits.nesting + 1 }, (_, i) => `niveau ${i}`), 'code', 'blok'].join(
                ' ',
              ),
            },
          ],
        },
      ],
    };
    expect(renderableTree(parseMarkdown(markdown))).toEqual(expected);
    expect(parseRenderable(markdown)).toEqual(expected);
  });

  it('should not parse a text that the line scan finds far too deep, and keep it as text', () => {
    const markdown = `${'- '.repeat(5 * inputLimits.nesting + 1)}x`;
    expect(parseRenderable(markdown)).toEqual({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: markdown }] }],
    });
  });
});
