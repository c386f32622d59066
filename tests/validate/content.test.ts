import { describe, expect, it } from 'vitest';
import { checkAddressesUnique } from '../../src/validate/addresses.ts';
import { checkContent } from '../../src/validate/content.ts';
import { checkSectionsUnique } from '../../src/validate/sections.ts';
import { defaultConfig } from '../helpers/fixtures.ts';
import { reportText } from './report-text.ts';

/** A report on `section`, its section number on line 4 at column 12, with these extra front-matter lines. */
const on = (section: string, extra: string[] = []) => reportText(extra).replace('"2.1"', `"${section}"`);

const at = (findings: readonly { rule: string; file: string; line: number; column: number }[]) =>
  findings.map((d) => [d.rule, d.file, d.line, d.column]);

describe('checking the content', () => {
  it('should give back the reports that passed and every finding, sorted by file and place', () => {
    // A reference whose url searches for another title and starts on another day: two findings at one place.
    const url = 'https://beslissingenvlaamseregering.vlaanderen.be/?search=Iets&startDate=2020-01-01T09%3A00%3A00Z';
    const { reports, diagnostics } = checkContent(
      [
        { file: 'b.md', text: on('2.2', ['status: klaar']) },
        { file: 'd.md', text: on('2.4', ['references:', `  - {id: 0, date: 2021-01-08, title: T, url: "${url}"}`]) },
        { file: 'c.md', text: on('2.3').replace('[werk]', '[a, A]') + 'Zie [4].\n' },
        { file: 'a.md', text: on('2.1') + '\u0000' },
      ],
      defaultConfig,
    );
    expect(reports.map((r) => r.file)).toEqual(['d.md', 'c.md', 'a.md']);
    expect(at(diagnostics)).toEqual([
      ['invisible-character', 'a.md', 9, 1],
      ['status-unknown', 'b.md', 7, 9],
      ['theme-duplicate', 'c.md', 6, 13],
      ['citation-unknown-reference', 'c.md', 9, 5],
      ['reference-unused', 'd.md', 8, 10],
      ['reference-date-mismatch', 'd.md', 8, 46],
      ['reference-search-mismatch', 'd.md', 8, 46],
    ]);
  });

  it('should report two reports on one section, each naming the other, but only within one agreement', () => {
    const sources = [
      { file: 'x/een.md', text: on('1.3') },
      { file: 'x/twee.md', text: on('1.03') },
    ];
    const { diagnostics } = checkContent(sources, defaultConfig);
    expect(at(diagnostics)).toEqual([
      ['section-duplicate', 'x/een.md', 4, 12],
      ['section-duplicate', 'x/twee.md', 4, 12],
    ]);
    expect(diagnostics.map((d) => [d.severity, d.message, d.hint])).toEqual([
      [
        'error',
        'section 1.3 is also covered by x/twee.md:4',
        'each section of the agreement has one report: merge the reports or correct the section number',
      ],
      [
        'error',
        'section 1.03 is also covered by x/een.md:4',
        'each section of the agreement has one report: merge the reports or correct the section number',
      ],
    ]);
    const terms = [
      { ...sources[0]!, term: { id: '2019-2024' } },
      { ...sources[1]!, term: { id: '2024-2029' } },
    ];
    expect(checkContent(terms, defaultConfig).diagnostics).toEqual([]);
    const same = terms.map((source) => ({ ...source, term: { id: '2024-2029' } }));
    expect(at(checkContent(same, defaultConfig).diagnostics).map(([rule]) => rule)).toEqual([
      'section-duplicate',
      'section-duplicate',
    ]);
  });

  it('should follow `continues` to the reports of the agreements given', () => {
    const older = { id: '2019-2024', start: '2019-10-02', end: '2024-09-30' };
    const newer = { id: '2024-2029', start: '2024-10-01' };
    const continuing = on('2.1', ['continues:', '  agreement: "2019-2024"', '  section: "1.4"']);
    const sources = [
      { file: 'oud.md', text: on('1.3'), term: older },
      { file: 'nieuw.md', text: continuing, term: newer },
    ];
    const { diagnostics, reports } = checkContent(sources, defaultConfig, [older, newer]);
    expect(at(diagnostics)).toEqual([['continues-unknown-section', 'nieuw.md', 9, 12]]);
    expect(diagnostics[0]!.hint).toBe('did you mean "1.3"?');
    expect(reports[1]!.continuesPlaces).toEqual({
      agreement: { file: 'nieuw.md', line: 8, column: 14 },
      section: { file: 'nieuw.md', line: 9, column: 12 },
    });
    // The earlier agreement's reports were not all read: its section may be in a file not read.
    expect(checkContent(sources, defaultConfig, [older, newer], (id) => id !== older.id).diagnostics).toEqual([]);
    // Without the site's agreements, `continues` names one the site does not hold.
    expect(at(checkContent(sources, defaultConfig).diagnostics)).toEqual([
      ['continues-unknown-agreement', 'nieuw.md', 8, 14],
    ]);
  });
});

describe('report addresses', () => {
  it('should report files whose names give one address, in each, naming the others', () => {
    const findings = checkAddressesUnique(['a/Wonen.md', 'b/wonen.md', 'Wónen .md', 'werk.md']);
    expect(at(findings)).toEqual([
      ['report-address-duplicate', 'a/Wonen.md', 1, 1],
      ['report-address-duplicate', 'b/wonen.md', 1, 1],
      ['report-address-duplicate', 'Wónen .md', 1, 1],
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe(
      "this report's page would be /rapporten/wonen/, like that of b/wonen.md, Wónen .md",
    );
    expect(findings[2]!.message).toBe(
      "this report's page would be /rapporten/wonen/, like that of a/Wonen.md, b/wonen.md",
    );
    expect(findings[0]!.hint).toBe(
      'the file name makes the address (lower case, without accents, spaces become dashes): rename one of the files',
    );
  });

  it('should compare addresses within one agreement only', () => {
    const text = on('1.1');
    const sources = [
      { file: 'agreements/a/reports/wonen.md', text, term: { id: 'a' } },
      { file: 'agreements/b/reports/wonen.md', text: on('1.2'), term: { id: 'b' } },
    ];
    expect(checkContent(sources, defaultConfig).diagnostics).toEqual([]);
    const one = [sources[0]!, { ...sources[1]!, term: { id: 'a' } }];
    expect(at(checkContent(one, defaultConfig).diagnostics)).toEqual([
      ['report-address-duplicate', 'agreements/a/reports/wonen.md', 1, 1],
      ['report-address-duplicate', 'agreements/b/reports/wonen.md', 1, 1],
    ]);
  });
});

describe('sections', () => {
  it('should name every other report on the section with its line', () => {
    const place = (file: string, line: number) => ({ file, line, column: 12 });
    const findings = checkSectionsUnique([
      { section: '3', place: place('a.md', 4) },
      { section: '3', place: place('b.md', 5) },
      { section: '3.0', place: place('c.md', 6) },
      { section: '03', place: place('e.md', 7) },
      { section: '3', place: place('d.md', 4), agreement: 'ander' },
    ]);
    expect(findings.map((d) => d.message)).toEqual([
      'section 3 is also covered by b.md:5, e.md:7',
      'section 3 is also covered by a.md:4, e.md:7',
      'section 03 is also covered by a.md:4, b.md:5',
    ]);
  });
});
