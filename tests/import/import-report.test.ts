import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.ts';
import { parseConfig } from '../../src/load/config.ts';
import type { SiteConfig } from '../../src/schema/config.ts';
import { checkReport, type CheckedReport } from '../../src/validate/report.ts';
import { projectRoot, readFixture } from '../helpers/fixtures.ts';

const siteConfigFile = path.join(projectRoot, 'content/site.yaml');
let config: SiteConfig;
// Read before each test rather than once on loading the file, so that each test's coverage is its own.
beforeEach(() => {
  config = parseConfig('content/site.yaml', readFileSync(siteConfigFile, 'utf8')).config!;
});
const handReportFile = 'content/reports/1-3-activering-stimuleren.md';

function importFixture(name: string, themes: string[] = []) {
  const file = `tests/fixtures/import/${name}`;
  const { imported, diagnostics } = importReport({ file, text: readFixture(`import/${name}`) }, config, themes);
  expect(diagnostics).toEqual([]);
  return imported!;
}

/** The new report read back with the validator's own code. */
function check(file: string, text: string) {
  const { report, diagnostics } = checkReport({ file, text }, config);
  expect(report).toBeDefined();
  return { report: report!, diagnostics };
}

/** What the importer can know, as the validator reads it. */
function content(report: CheckedReport) {
  const { title, agreement, references } = report.data;
  return { title, agreement, references, body: report.body };
}

// Read in each test that uses it, so that each test's coverage is its own.
const handReportOf = () => check(handReportFile, readFileSync(path.join(projectRoot, handReportFile), 'utf8')).report;

describe('importReport', () => {
  it('should import the real example as the hand-converted report has it: title, section, text, references, body', () => {
    const handReport = handReportOf();
    const imported = importFixture('real-example.md');
    expect(imported.fileName).toBe('1-3-activering-stimuleren.md');
    const { report, diagnostics } = check(`tmp/${imported.fileName}`, imported.text);
    expect(content(report)).toEqual(content(handReport));
    expect(report.data.status).toBe('niet-beoordeeld');
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['reference-untitled', 'reference 10 has no `title` and no `url`; readers see only its date'],
      ['reference-untitled', 'reference 37 has no `title` and no `url`; readers see only its date'],
    ]);
  });

  it('should suggest the themes whose keywords are in the title or agreement text, in the order of the site config', () => {
    const handReport = handReportOf();
    const imported = importFixture('real-example.md');
    expect(imported.themes).toEqual({
      from: 'keywords',
      suggestions: [
        { theme: 'activering', keywords: ['activering', 'inactieven'] },
        { theme: 'integratie', keywords: ['integratie', 'migratieachtergrond'] },
        { theme: 'arbeidsmarkt', keywords: ['arbeidsmarkt', 'VDAB'] },
        { theme: 'opleiding', keywords: ['competenties'] },
      ],
    });
    expect(check('x.md', imported.text).report.data.themes).toEqual(handReport.data.themes);
  });

  it('should use the themes it is given instead of suggesting any', () => {
    const imported = importFixture('real-example.md', ['werk', 'Sociale economie']);
    expect(imported.themes).toEqual({ from: 'option', names: ['werk', 'Sociale economie'] });
    expect(check('x.md', imported.text).report.data.themes).toEqual(['werk', 'Sociale economie']);
  });

  it('should leave an empty theme list for the validator to ask about when no keyword matches', () => {
    const imported = importFixture('no-theme-keywords.md');
    expect(imported.themes).toEqual({ from: 'keywords', suggestions: [] });
    expect(imported.text).toContain('\nthemes: []\n');
    const { diagnostics } = checkReport({ file: 'x.md', text: imported.text }, config);
    const line = imported.text.split('\n').indexOf('themes: []') + 1;
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['themes-required', line, 9]]);
  });

  it.each(['crlf.md', 'bom.md', 'tabs-and-extra-spaces.md'])(
    'should write %s byte for byte as the real example',
    (name) => {
      expect(importFixture(name)).toEqual(importFixture('real-example.md'));
    },
  );

  it('should write a two-digit section as the quoted string "2.10" and name the file for it', () => {
    const handReport = handReportOf();
    const imported = importFixture('two-digit-section.md');
    expect(imported.fileName).toBe('2-10-activering-stimuleren.md');
    expect(imported.text).toContain('\n  section: "2.10"\n');
    const { report } = check(imported.fileName, imported.text);
    expect(report.data.agreement).toEqual({ ...handReport.data.agreement, section: '2.10' });
  });

  it('should round-trip a title with a colon and an ampersand and remove it from the agreement text', () => {
    const handReport = handReportOf();
    const imported = importFixture('title-with-colon-and-ampersand.md');
    expect(imported.fileName).toBe('1-3-werk-zorg-activering-stimuleren.md');
    const { report } = check(imported.fileName, imported.text);
    expect(report.data.title).toBe('Werk & zorg: activering stimuleren');
    expect(report.data.agreement.text).toBe(handReport.data.agreement.text);
    expect((parse(imported.text.split('---\n')[1]!) as { title: string }).title).toBe(
      'Werk & zorg: activering stimuleren',
    );
  });

  it('should keep a reference without a link: its id, date and title, and no url', () => {
    const handReport = handReportOf();
    const { report } = check('x.md', importFixture('reference-without-link.md').text);
    expect(report.data.references[0]).toEqual({
      id: 0,
      date: '2021-01-08',
      title: handReport.data.references[0]!.title,
    });
    expect(report.data.references.slice(1)).toEqual(handReport.data.references.slice(1));
  });

  it('should keep a citation that has no reference, for the validator to point at in the new file', () => {
    const imported = importFixture('citation-without-reference.md');
    const { diagnostics } = checkReport({ file: 'x.md', text: imported.text }, config);
    const line = imported.text.split('\n').findIndex((l) => l.includes('\\[5\\]')) + 1;
    expect(diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      { rule: 'citation-unknown-reference', line, message: expect.stringContaining('[5]') },
    ]);
  });

  it('should give byte-identical output when the same input is imported twice', () => {
    expect(importFixture('real-example.md').text).toBe(importFixture('real-example.md').text);
  });
});
