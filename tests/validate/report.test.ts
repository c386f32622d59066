import { describe, expect, it } from 'vitest';
import { check, reportText, where } from './report-text.ts';

const url = 'https://beslissingenvlaamseregering.vlaanderen.be/';

describe('one report', () => {
  it('should give back the report with its data, defaults filled in, body, citations and section place', () => {
    const text = reportText(
      ['references:', `  - {id: 0, date: 2021-01-08, title: Besluit, url: "${url}"}`],
      ['## Analyse', '', 'De regering besliste [0].'],
    );
    const { diagnostics, report } = check(text);
    expect(diagnostics).toEqual([]);
    expect(report).toBeDefined();
    expect(report!.file).toBe('r.md');
    expect(report!.data).toEqual({
      title: 'Werk',
      agreement: { section: '2.1', text: 'Werk en zorg.' },
      themes: ['werk'],
      status: 'niet-beoordeeld',
      history: [],
      references: [{ id: 0, date: '2021-01-08', title: 'Besluit', url }],
    });
    expect(report!.body).toBe('## Analyse\n\nDe regering besliste [0].\n');
    expect(report!.tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    expect(report!.citations).toHaveLength(1);
    expect(report!.citations[0]!.id).toBe(0);
    expect(report!.sectionPlace).toEqual({ file: 'r.md', line: 4, column: 12 });
    expect(report!).not.toHaveProperty('continuesPlaces');
  });

  it('should say where `continues` is written, for the checks across agreements', () => {
    const text = reportText(['continues:', '  agreement: "2019-2024"', '  section: "1.3"']);
    const { report } = check(text);
    expect(report!.data.continues).toEqual({ agreement: '2019-2024', section: '1.3' });
    expect(report!.continuesPlaces).toEqual({
      agreement: { file: 'r.md', line: 8, column: 14 },
      section: { file: 'r.md', line: 9, column: 12 },
    });
  });

  it('should check the parts that passed even when others failed, and then give no report', () => {
    const text = reportText(
      ['status: klaar', 'references:', `  - {id: 0, date: 2021-01-08, title: Besluit, url: "${url}"}`],
      ['Zie [1].'],
    )
      .replace('title: Werk\n', '')
      .replace('[werk]', '[werk, Werk]');
    const { diagnostics, report } = check(text);
    expect(where(diagnostics)).toEqual([
      ['title-required', 'error', 1, 1],
      ['status-unknown', 'error', 6, 9],
      ['citation-unknown-reference', 'error', 10, 5],
      ['reference-unused', 'warning', 8, 10],
      ['theme-duplicate', 'warning', 5, 16],
    ]);
    expect(report).toBeUndefined();
  });

  it('should check the Markdown of `agreement.text` even when the rest of the front matter failed', () => {
    const text = reportText()
      .replace('title: Werk', 'title: ""')
      .replace('Werk en zorg.', `"${'- '.repeat(21)}x"`);
    expect(where(check(text).diagnostics)).toEqual([
      ['title-required', 'error', 2, 8],
      ['nesting-too-deep', 'error', 5, 9],
    ]);
  });

  it('should still check the references of a report with an invisible character', () => {
    const text = reportText(
      ['references:', `  - {id: 0, date: 2021-01-08, title: Besluit, url: "${url}"}`],
      ['Te\u0000kst [1].'],
    );
    expect(where(check(text).diagnostics)).toEqual([
      ['invisible-character', 'error', 10, 3],
      ['citation-unknown-reference', 'error', 10, 8],
      ['reference-unused', 'warning', 8, 10],
    ]);
  });

  it('should not check references that failed the schema against the body', () => {
    const text = reportText(['references:', '  - {id: -1, date: 2021-01-08, title: T}'], ['Zie [3].']);
    const { diagnostics } = check(text);
    expect(where(diagnostics)).toEqual([['reference-id-invalid', 'error', 8, 10]]);
    expect(diagnostics[0]!.message).toBe('`references[0].id` must not be negative');
  });

  it('should not look for citations in a body too large to parse', () => {
    const text = reportText(
      ['references:', `  - {id: 0, date: 2021-01-08, title: Besluit, url: "${url}"}`],
      [`${'x'.repeat(16_001)} [4]`],
    );
    expect(where(check(text).diagnostics)).toEqual([['markdown-too-large', 'error', 10, 1]]);
  });
});
