import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { bodyHashOf } from '../../src/markdown/body-hash.ts';
import { parseMarkdown } from '../../src/markdown/parse.ts';
import type { CitationTarget } from '../../src/markdown/rehype-citations.ts';
import { renderReport } from '../../src/markdown/render-report.ts';
import { markdownText, renderBody, renderMarkdown } from '../../src/markdown/render.ts';
import { checkReport } from '../../src/validate/report.ts';
import { defaultConfig } from '../helpers/fixtures.ts';

const html = (text: string): Root => fromHtml(text, { fragment: true });
const targets = (...ids: number[]) =>
  new Map<number, CitationTarget>(ids.map((id) => [id, { label: `Besluit ${id}` }]));
const body = (markdown: string, ...ids: number[]) => renderBody(parseMarkdown(markdown), targets(...ids));
const headings = (tree: Root) => selectAll('h1, h2, h3, h4, h5, h6', tree).map((h) => [h.tagName, toText(h)]);

describe('renderBody: citations', () => {
  it('should link a citation to its reference, named for screen readers and with a tooltip kept out of search', () => {
    const tree = html(body('Zie [3].', 3).html);
    const link = select('p > a', tree)!;
    expect(link.properties).toMatchObject({ href: '#bron-3', id: 'citaat-3-1', className: ['citation'] });
    const [shown, tip] = link.children as Element[];
    expect(shown!.properties.ariaHidden).toBe('true');
    expect(toText(shown!)).toBe('[3]');
    expect(tip!.properties).toMatchObject({ className: ['citation-tip'], dataPagefindIgnore: '' });
    expect(toText(tip!)).toBe('bron 3: Besluit 3');
    expect(toText(select('p', tree)!)).toBe('Zie [3]bron 3: Besluit 3.');
  });

  it('should give each citation of the same reference its own anchor, in order, and list them', () => {
    const rendered = body('[1] en [2], dan [1] weer[1]', 1, 2);
    expect(rendered.citations).toEqual([
      { id: 1, anchor: 'citaat-1-1' },
      { id: 2, anchor: 'citaat-2-1' },
      { id: 1, anchor: 'citaat-1-2' },
      { id: 1, anchor: 'citaat-1-3' },
    ]);
    const tree = html(rendered.html);
    expect(selectAll('a.citation', tree).map((a) => a.properties.id)).toEqual(rendered.citations.map((c) => c.anchor));
    // The text between the citations stays where it was.
    expect(
      select('p', tree)!
        .children.filter((c) => c.type === 'text')
        .map((c) => c.value),
    ).toEqual([' en ', ', dan ', ' weer']);
  });

  it('should leave a number without a reference as plain text', () => {
    const rendered = body('Zie [7] en [3]', 3);
    expect(rendered.citations).toEqual([{ id: 3, anchor: 'citaat-3-1' }]);
    expect(toText(select('p', html(rendered.html))!)).toBe('Zie [7] en [3]bron 3: Besluit 3');
    expect(body('Zie [7].').citations).toEqual([]);
  });

  it.each([
    ['inline code', '`[1]`'],
    ['a code block', '```\n[1]\n```'],
    ['a link', '[zie [1]](https://example.org)'],
    ['keyboard input', '<kbd>[1]</kbd>'],
    ['sample output', '<samp>[1]</samp>'],
  ])('should not link a citation in %s', (_, markdown) => {
    const rendered = body(markdown, 1);
    expect(rendered.citations).toEqual([]);
    expect(select('a.citation', html(rendered.html))).toBeUndefined();
  });

  it('should link citations in emphasis, list items and table cells', () => {
    const rendered = body('*zie [1]*\n\n- punt [2]\n\n| a |\n|---|\n| [3] |', 1, 2, 3);
    expect(rendered.citations.map((c) => c.id)).toEqual([1, 2, 3]);
  });
});

describe('renderBody: headings and contents', () => {
  it('should put the highest heading under the page title and never skip a level', () => {
    const tree = html(body('# A\n\n### B\n\n## C\n\n###### D').html);
    expect(headings(tree)).toEqual([
      ['h2', 'A'],
      ['h3', 'B'],
      ['h3', 'C'],
      ['h4', 'D'],
    ]);
  });

  it('should start from the highest level used, wherever it is', () => {
    expect(headings(html(body('### A\n\n#### B\n\n### C').html))).toEqual([
      ['h2', 'A'],
      ['h3', 'B'],
      ['h2', 'C'],
    ]);
  });

  it('should give headings ids and list the h2 and h3 headings on the page, trimmed', () => {
    const rendered = body('## Analyse [1]\n\n### Eerste stap\n\n#### Detail\n\n## Conclusie', 1);
    expect(rendered.toc).toEqual([
      { id: 'analyse-1', text: 'Analyse [1]bron 1: Besluit 1', level: 2 },
      { id: 'eerste-stap', text: 'Eerste stap', level: 3 },
      { id: 'conclusie', text: 'Conclusie', level: 2 },
    ]);
    expect(selectAll('h2, h3, h4', html(rendered.html)).map((h) => h.properties.id)).toEqual([
      'analyse-1',
      'eerste-stap',
      'detail',
      'conclusie',
    ]);
  });
});

describe('renderMarkdown and markdownText', () => {
  it('should start headings at h3 unless told otherwise', () => {
    expect(headings(html(renderMarkdown('# A\n\n## B')))).toEqual([
      ['h3', 'A'],
      ['h4', 'B'],
    ]);
    expect(headings(html(renderMarkdown('## A', 5)))).toEqual([['h5', 'A']]);
    expect(headings(html(renderMarkdown('# A\n\n## B\n\n### C', 5)))).toEqual([
      ['h5', 'A'],
      ['h6', 'B'],
      ['h6', 'C'],
    ]);
  });

  it('should keep safe raw HTML and drop scripts, styles, frames and event handlers with their content', () => {
    const tree = html(
      renderMarkdown(
        [
          '<details><summary>Meer</summary>',
          '',
          'Uitleg',
          '',
          '</details>',
          '',
          '<script>alert(1)</script><style>p{}</style><template>t</template><noscript>n</noscript>',
          '<iframe src="https://example.org">f</iframe><object>o</object><embed src="x">',
          '',
          '<a href="javascript:alert(1)" onclick="alert(2)">klik</a> <img src="x.png" onerror="alert(3)" alt="beeld">',
        ].join('\n'),
      ),
    );
    expect(toText(select('summary', tree)!)).toBe('Meer');
    expect(selectAll('script, style, template, noscript, iframe, object, embed', tree)).toEqual([]);
    expect(toText(tree)).not.toMatch(/alert|p\{\}|\bt\b|\bn\b|\bf\b|\bo\b/);
    const link = select('a', tree)!;
    expect(link.properties.href).toBeUndefined();
    expect(link.properties.onClick).toBeUndefined();
    expect(select('img', tree)!.properties).toEqual({ src: 'x.png', alt: 'beeld' });
  });

  it('should render Markdown without raw HTML the same, without re-parsing it', () => {
    expect(renderMarkdown('*a* en **b**')).toBe('<p><em>a</em> en <strong>b</strong></p>');
    expect(renderMarkdown('- a\n- <b>b</b>')).toBe('<ul>\n<li>a</li>\n<li><b>b</b></li>\n</ul>');
  });

  it('should give the text a reader sees, on one line, without tags or scripts', () => {
    expect(markdownText('  De **Vlaamse** regering\n\n- zal <em>activeren</em><script>x()</script>  \n')).toBe(
      'De Vlaamse regering zal activeren',
    );
  });
});

describe('renderReport', () => {
  const report = (extra: string, bodyText: string) =>
    checkReport(
      {
        file: 'r.md',
        text: [
          '---',
          'title: Activering',
          'agreement:',
          '  section: "1.3"',
          '  text: "De regering **zal** activeren."',
          'themes: [werk]',
          extra,
          '---',
          bodyText,
        ].join('\n'),
      },
      defaultConfig,
    ).report!;

  it('should render the body, the agreement text and history notes, and hash the body', () => {
    const checked = report(
      [
        'status: in-uitvoering',
        'history:',
        '  - date: 2021-05-01',
        '    status: in-uitvoering',
        '    note: "Eerste *stap*"',
        '  - date: 2020-01-01',
        '    status: niet-gestart',
        'references:',
        '  - id: 0',
        '    date: 2020-07-10',
        '  - id: 1',
        '    date: 2021-05-01',
        '    title: Besluit over activering',
      ].join('\n'),
      '## Analyse\n\nZie [0] en [1].',
    );
    const rendered = renderReport(checked);
    expect(rendered.bodyHash).toBe(bodyHashOf(rendered.bodyHtml));
    expect(rendered.toc).toEqual([{ id: 'analyse', text: 'Analyse', level: 2 }]);
    expect(rendered.agreementHtml).toBe('<p>De regering <strong>zal</strong> activeren.</p>');
    expect(rendered.agreementPlain).toBe('De regering zal activeren.');
    expect(rendered.notesHtml).toEqual(['<p>Eerste <em>stap</em></p>', undefined]);
    expect(rendered.citations.map((c) => c.anchor)).toEqual(['citaat-0-1', 'citaat-1-1']);
    // A reference with only a date is named by its date.
    const tips = selectAll('.citation-tip', html(rendered.bodyHtml)).map((tip) => toText(tip));
    expect(tips).toEqual(['bron 0: beslissing van 10 juli 2020, titel onbekend', 'bron 1: Besluit over activering']);
  });

  it('should hash different bodies differently and the same body the same', () => {
    expect(bodyHashOf('<p>a</p>')).toBe(bodyHashOf('<p>a</p>'));
    expect(bodyHashOf('<p>a</p>')).not.toBe(bodyHashOf('<p>b</p>'));
    expect(bodyHashOf('<p>a</p>')).toMatch(/^[\w-]{27}$/);
  });
});
