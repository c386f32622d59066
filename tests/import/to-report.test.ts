import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toReportMarkdown, type ReportDraft } from '../../src/import/to-report.ts';
import { checkReport } from '../../src/validate/report.ts';
import { defaultConfig } from '../helpers/fixtures.ts';

const url = 'https://beslissingenvlaamseregering.vlaanderen.be/?search=Werk&startDate=2022-03-04T09%3A00%3A00Z';

function draft(overrides: Partial<ReportDraft> = {}): ReportDraft {
  return {
    title: 'Activering stimuleren',
    section: '1.3',
    agreementText: 'We proberen zoveel als mogelijk in contact te komen met inactieven.',
    themes: ['activering'],
    references: [{ id: 0, date: '2022-03-04', title: 'Werk', url }],
    body: '## Analyse\nTekst \\[0\\].',
    ...overrides,
  };
}

function frontMatter(text: string): Record<string, unknown> {
  return parse(text.split('---\n')[1]!) as Record<string, unknown>;
}

const awkwardTitles = [
  'Werk & zorg: samen',
  'Titel met "dubbele" en \'enkele\' aanhalingstekens',
  '‘Lokaal Activeringspact’ – één loket',
  'Kanaal #3: 100% sterk',
  '- begint met een streepje',
  '[haakjes] en {accolades}',
  '2.10',
  'yes',
  'null',
  '@handle & *ster',
  'Een titel die veel langer is dan tachtig tekens en dus niet over twee regels mag lopen',
];

describe('toReportMarkdown', () => {
  it.each(awkwardTitles)('should round-trip the title %j, as report title and reference title', (title) => {
    const text = toReportMarkdown(
      draft({
        title,
        references: [
          { id: 0, date: '2022-03-04', title },
          { id: 1, date: '2020-07-10' },
        ],
      }),
    );
    expect(frontMatter(text)).toMatchObject({ title, references: [{ id: 0, title }, { id: 1 }] });
    const { report, diagnostics } = checkReport({ file: 'x.md', text }, defaultConfig);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report?.data.title).toBe(title);
    expect(text.split('\n').filter((line) => line.includes('title:'))).toHaveLength(2);
  });

  it.each(['1.3', '2.10', '4', '1.2.30'])('should write section %s as a quoted string', (section) => {
    const text = toReportMarkdown(draft({ section }));
    expect(text).toContain(`\n  section: "${section}"\n`);
    expect(frontMatter(text)).toMatchObject({ agreement: { section } });
  });

  it('should fold the agreement text to 80 columns and read it back unchanged', () => {
    const agreementText = `${'Een lange zin over werk: met # en & en ‘quotes’. '.repeat(8).trim()}\n\nEen tweede alinea.`;
    const text = toReportMarkdown(draft({ agreementText }));
    expect(text).toContain('  text: >-\n');
    const lines = text.split('\n');
    const folded = lines.slice(
      lines.indexOf('  text: >-') + 1,
      lines.findIndex((l) => l.startsWith('themes:')),
    );
    expect(folded.length).toBeGreaterThan(5);
    expect(folded.filter((line) => line.length > 80)).toEqual([]);
    expect(frontMatter(text)).toMatchObject({ agreement: { text: agreementText } });
  });

  it('should write dates as YYYY-MM-DD, ids as numbers, and titles and urls quoted on one line', () => {
    const text = toReportMarkdown(draft());
    expect(text).toContain(`references:\n  - id: 0\n    date: 2022-03-04\n    title: "Werk"\n    url: "${url}"\n---\n`);
  });

  it('should write themes as a flow list, and an empty list when there are none', () => {
    expect(toReportMarkdown(draft({ themes: ['activering', 'sociale economie'] }))).toContain(
      '\nthemes: [activering, sociale economie]\n',
    );
    expect(toReportMarkdown(draft({ themes: [] }))).toContain('\nthemes: []\n');
  });

  it('should write the body after the front matter and end with one newline', () => {
    expect(toReportMarkdown(draft())).toMatch(/\n---\n## Analyse\nTekst \\\[0\\\]\.\n$/);
    expect(toReportMarkdown(draft({ body: '', references: [] }))).toMatch(/\nthemes: \[activering\]\n---\n$/);
  });
});
