import { describe, expect, it } from 'vitest';
import {
  newReportFileName,
  newReportMarkdown,
  requestProblem,
  sectionOwner,
  today,
} from '../../src/scaffold/new-report.ts';
import { checkContent } from '../../src/validate/content.ts';
import { defaultConfig, readFixture } from '../helpers/fixtures.ts';

const request = { section: '2.10', title: 'Wonen: betaalbaar & "goed"', themes: [], updated: '2024-03-02' };

/** A report whose section is written `written` (quoted or not). */
function report(file: string, written: string): { file: string; text: string } {
  return { file, text: `---\ntitle: T\nagreement:\n  section: ${written}\n  text: X\n---\n` };
}

describe('today', () => {
  it.each([
    ['2024-03-01T23:30:00Z', '2024-03-02', 'half past midnight in Brussels in winter'],
    ['2024-07-01T22:30:00Z', '2024-07-02', 'half past midnight in Brussels in summer'],
    ['2024-03-01T22:59:59Z', '2024-03-01', 'a second before midnight in Brussels'],
    ['2024-03-02T08:00:00-08:00', '2024-03-02', 'morning in Los Angeles, evening in Brussels'],
  ])('should give the day in Brussels for %s: %s (%s)', (instant, day) => {
    expect(today(new Date(instant))).toBe(day);
  });
});

describe('newReportMarkdown', () => {
  it('should write the front matter and the skeleton of the body, the section quoted', () => {
    expect(newReportMarkdown({ ...request, themes: ['wonen', ' huur '] })).toBe(
      [
        '---',
        `title: 'Wonen: betaalbaar & "goed"'`,
        'agreement:',
        '  section: "2.10"',
        '  text: ""',
        'themes: [wonen, huur]',
        'status: niet-beoordeeld',
        'updated: 2024-03-02',
        '---',
        '',
        '## Analyse',
        '',
        '## Conclusie',
        '',
      ].join('\n'),
    );
  });

  it('should leave what only the editor knows as errors, never as text that passes', () => {
    const text = newReportMarkdown(request);
    const { diagnostics } = checkContent([{ file: 'new.md', text }], defaultConfig);
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule])).toEqual([
      [5, 'error', 'agreement-text-required'],
      [6, 'error', 'themes-required'],
    ]);
  });

  it('should validate once the agreement text is filled in and a theme given', () => {
    const text = newReportMarkdown({ ...request, themes: ['wonen'] }).replace('text: ""', 'text: Betaalbaar wonen.');
    const { reports, diagnostics } = checkContent([{ file: 'new.md', text }], defaultConfig);
    expect(diagnostics).toEqual([]);
    expect(reports[0]!.data).toMatchObject({
      title: 'Wonen: betaalbaar & "goed"',
      agreement: { section: '2.10' },
      status: 'niet-beoordeeld',
      updated: '2024-03-02',
    });
  });
});

describe('newReportFileName', () => {
  it('should name the file as the importer does: section with dashes, then the title slug', () => {
    expect(newReportFileName({ section: '2.10', title: ' Wonen: betaalbaar & "goed" ' })).toBe(
      '2-10-wonen-betaalbaar-goed.md',
    );
  });
});

describe('sectionOwner', () => {
  const sources = [report('a.md', '"1.3"'), report('b.md', '"2.10"'), report('c.md', '4'), report('d.md', '[broken')];

  it.each([
    ['1.3', 'a.md'],
    ['1.03', 'a.md'],
    ['01.3', 'a.md'],
    ['2.10', 'b.md'],
    ['4', 'c.md'],
  ])('should find the report that covers section %s', (section, file) => {
    expect(sectionOwner(section, sources)).toBe(file);
  });

  it.each(['2.1', '1', '1.3.1', '4.0'])('should find no report for section %s', (section) => {
    expect(sectionOwner(section, sources)).toBeUndefined();
  });

  it('should skip files whose front matter cannot be read', () => {
    expect(sectionOwner('1.3', [{ file: 'x.md', text: readFixture('invalid/yaml-tab-indentation.md') }])).toBe(
      undefined,
    );
  });
});

describe('requestProblem', () => {
  it.each([
    [{ section: '1.3', title: 'Titel', themes: [] }, undefined],
    [{ section: '2.10', title: 'Titel', themes: ['werk'] }, undefined],
    [{ section: '1,3', title: 'Titel', themes: [] }, 'the section must be numbers separated by dots'],
    [{ section: '', title: 'Titel', themes: [] }, 'the section must be numbers separated by dots'],
    [{ section: 'v1.3', title: 'Titel', themes: [] }, 'the section must be numbers separated by dots'],
    [{ section: '1.3', title: '  ', themes: [] }, 'the title must not be empty'],
    [{ section: '1.3', title: 'Titel', themes: [''] }, '--theme needs a theme name'],
  ])('should judge %j', (input, problem) => {
    const found = requestProblem(input);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
