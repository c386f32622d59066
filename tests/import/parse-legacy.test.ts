import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../src/diagnostics/rules.ts';
import { parseLegacyReport } from '../../src/import/parse-legacy.ts';
import { fixtureNames, readFixture } from '../helpers/fixtures.ts';

/**
 * Each file in tests/fixtures/import/broken/ is not in the older format in
 * one way, named for it, and must produce exactly these findings.
 */
const brokenFixtures: Record<string, [rule: RuleId, line: number, column: number][]> = {
  'no-title.md': [['import-title-missing', 1, 1]],
  'already-in-new-format.md': [['import-title-missing', 1, 1]],
  'no-agreement-block.md': [['import-agreement-missing', 1, 1]],
  'agreement-block-unclosed.md': [
    ['import-agreement-missing', 4, 9],
    ['import-references-missing', 10, 1],
  ],
  'no-section-number.md': [['import-section-missing', 5, 12]],
  'agreement-text-missing.md': [['import-agreement-text-missing', 5, 12]],
  'no-references-block.md': [['import-references-missing', 1, 1]],
  'reference-unreadable.md': [['import-reference-unreadable', 14, 1]],
  'reference-date-not-iso.md': [['import-reference-unreadable', 14, 1]],
  'text-after-references.md': [['import-stray-text', 17, 1]],
};

function parseFixture(name: string) {
  const file = `tests/fixtures/import/${name}`;
  return parseLegacyReport(file, readFixture(`import/${name}`));
}

function minimal(parts: { title?: string; agreement?: string; body?: string; references?: string } = {}): string {
  return [
    parts.title ?? '# Sportinfrastructuur',
    '<details><summary>Regeerakkoord Sectie</summary>',
    `<p>${parts.agreement ?? '7.2 Sportinfrastructuur We investeren in zwembaden.'}</p>`,
    '</details>',
    parts.body ?? 'Een plan \\[0\\].',
    '<details><summary>Referenties</summary>',
    parts.references ?? '**[\\[0\\]]** : **(2022-03-04)** Plan',
    '</details>',
    '',
  ].join('\n');
}

describe('parseLegacyReport', () => {
  it('should list every broken fixture in the table above', () => {
    expect(fixtureNames('import/broken')).toEqual(Object.keys(brokenFixtures).sort());
  });

  it.each(Object.entries(brokenFixtures))('broken/%s should produce %j', (name, expected) => {
    const { report, diagnostics } = parseFixture(`broken/${name}`);
    expect(report).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual(expected);
    for (const d of diagnostics) expect(d.file).toBe(`tests/fixtures/import/broken/${name}`);
  });

  it('should say what is missing in plain words', () => {
    const messages = (name: string) => parseFixture(`broken/${name}`).diagnostics.map((d) => d.message);
    expect(messages('no-references-block.md')).toEqual([
      'the references block `<details><summary>Referenties</summary> … </details>` is missing',
    ]);
    expect(messages('no-agreement-block.md')).toEqual([
      'the agreement block `<details><summary>Regeerakkoord Sectie</summary><p>1.3 Title Text…</p></details>` is missing',
    ]);
    expect(messages('no-section-number.md')).toEqual(['the agreement text does not start with a section number']);
    expect(messages('reference-unreadable.md')).toEqual([
      'this line of the references block is not a reference: "**[\\[0\\]](https://beslissingen…)** : 2022-03-04 Sportinfrastructuurplan"',
    ]);
    expect(messages('reference-date-not-iso.md')).toEqual([
      'the date of reference 0 is not written as yyyy-mm-dd: "4 maart 2022"',
    ]);
    expect(parseFixture('broken/already-in-new-format.md').diagnostics[0]!.hint).toContain('new format already');
  });

  it('should read the section number, and remove the title repeated after it', () => {
    const { report } = parseLegacyReport('x.md', minimal());
    expect(report).toMatchObject({
      title: 'Sportinfrastructuur',
      section: '7.2',
      agreementText: 'We investeren in zwembaden.',
    });
  });

  it('should keep agreement text that does not repeat the title', () => {
    const { report } = parseLegacyReport('x.md', minimal({ agreement: '7.2 We investeren in zwembaden.' }));
    expect(report?.agreementText).toBe('We investeren in zwembaden.');
  });

  it('should remove a repeated title written with &amp; in the HTML', () => {
    const { report } = parseLegacyReport(
      'x.md',
      minimal({ title: '# Sport & spel: "samen"', agreement: '7.2 Sport &amp; spel: "samen" We investeren.' }),
    );
    expect(report).toMatchObject({ title: 'Sport & spel: "samen"', agreementText: 'We investeren.' });
  });

  it('should read every form of reference, in order, including one with only a date', () => {
    const { report, diagnostics } = parseLegacyReport(
      'x.md',
      minimal({
        body: 'Zie \\[3\\]\\[1\\]\\[2\\].',
        references: [
          '**[\\[3\\]](https://example.org/a?b=(c))** : **(2022-03-04)** Titel: met ‘quotes’ & meer ',
          '',
          '**[\\[1\\]]** : **(2020-07-10)**  ',
          '**[\\[2\\]]** : **(2021-01-08)** Een titel die',
          'over twee regels loopt',
        ].join('\n'),
      }),
    );
    expect(diagnostics).toEqual([]);
    expect(report?.references).toEqual([
      { id: 3, date: '2022-03-04', title: 'Titel: met ‘quotes’ & meer', url: 'https://example.org/a?b=(c)' },
      { id: 1, date: '2020-07-10' },
      { id: 2, date: '2021-01-08', title: 'Een titel die over twee regels loopt' },
    ]);
  });

  it('should keep escaped citations exactly and make only # headings ##', () => {
    const { report } = parseLegacyReport(
      'x.md',
      minimal({ body: '# Analyse   \nTekst \\[0\\]\\[1\\] en [2].  \n\n### Conclusie\n#hashtag' }),
    );
    expect(report?.body).toBe('## Analyse\nTekst \\[0\\]\\[1\\] en [2].\n\n### Conclusie\n#hashtag');
  });

  it('should report every reference line it cannot read, at its line, and still check the rest', () => {
    const { report, diagnostics } = parseLegacyReport(
      'x.md',
      minimal({ references: '**[\\[0\\]]** : **(2022-03-04)** Plan\n\nZie ook het jaarverslag.\n\n**[1]** (2020)' }),
    );
    expect(report).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['import-reference-unreadable', 9],
      ['import-reference-unreadable', 11],
    ]);
  });

  it('should report text between the title and the agreement block', () => {
    const { diagnostics } = parseLegacyReport('x.md', minimal({ title: '# Sportinfrastructuur\nInleiding' }));
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['import-stray-text', 2, 1]]);
  });

  it('should report an empty file as having no title, agreement or references', () => {
    expect(parseLegacyReport('x.md', '').diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['import-title-missing', 'the file is empty'],
      ['import-agreement-missing', expect.stringContaining('is missing')],
      ['import-references-missing', expect.stringContaining('is missing')],
    ]);
  });
});
