import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const realReport = '1-3-activering-stimuleren.md';
// Half past midnight in Brussels on 2 March; still 1 March in UTC and in Los Angeles.
const now = { NEW_REPORT_NOW: '2024-03-01T23:30:00Z' };

let out: string;
beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'new-report-'));
  copyFileSync(path.join(projectRoot, 'content/reports', realReport), path.join(out, realReport));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const newReport = (args: string[]) => runScript('new.ts', [...args, '--out', out], now);

describe('npm run new', () => {
  it('should write a report with the day in Brussels and niet-beoordeeld, and print what is left to do', () => {
    const { code, stdout, stderr } = newReport(['2.10', 'Betaalbaar wonen', '--theme', 'wonen']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = path.join(out, '2-10-betaalbaar-wonen.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('  section: "2.10"\n');
    expect(text).toContain('themes: [wonen]\nstatus: niet-beoordeeld\nupdated: 2024-03-02\n');
    expect(text).toContain('## Analyse\n\n## Conclusie\n');
    expect(stdout).toContain(`wrote ${file}`);
    expect(stdout).toContain(
      `${file}:5:9: error: \`agreement.text\` must not be empty (agreement-text-required)\n` +
        '1 file checked: 1 error, 0 warnings.',
    );
    expect(stdout).toContain('Next: paste the text of the agreement into agreement.text');
  });

  it('should leave themes empty for the editor, and say so, without --theme', () => {
    const { code, stdout } = newReport(['2.10', 'Betaalbaar wonen']);
    expect(code).toBe(0);
    expect(readFileSync(path.join(out, '2-10-betaalbaar-wonen.md'), 'utf8')).toContain('themes: []\n');
    expect(stdout).toContain('(themes-required)');
    expect(stdout).toContain('list its themes');
  });

  it('should create the reports folder when it does not exist yet', () => {
    const nested = path.join(out, 'nieuw');
    const { code } = runScript('new.ts', ['4', 'Cultuur', '--out', nested], now);
    expect(code).toBe(0);
    expect(readdirSync(nested)).toEqual(['4-cultuur.md']);
  });

  it.each([['1.3'], ['1.03']])('should refuse section %s, which the real report covers, and exit 1', (section) => {
    const { code, stdout, stderr } = newReport([section, 'Iets anders']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`section ${section} is already covered by ${path.join(out, realReport)}`);
    expect(readdirSync(out)).toEqual([realReport]);
  });

  it('should accept section 1.30 beside 1.3', () => {
    expect(newReport(['1.30', 'Dertig']).code).toBe(0);
  });

  it('should refuse a file that exists already, and leave it as it was', () => {
    const file = path.join(out, '2-10-betaalbaar-wonen.md');
    writeFileSync(file, 'not a report');
    const { code, stderr } = newReport(['2.10', 'Betaalbaar wonen']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file} exists already`);
    expect(readFileSync(file, 'utf8')).toBe('not a report');
  });

  it.each([
    [[], 'give the section and the title'],
    [['1.4', 'Titel', 'extra'], 'give the section and the title'],
    [['1,4', 'Titel'], 'the section must be numbers separated by dots, such as 1.3 or 2.10, not "1,4"'],
    [['1.4', '   '], 'the title must not be empty'],
    [['1.4', 'Titel', '--thema', 'werk'], "Unknown option '--thema'"],
  ])('should exit 2 with a usage message for %j', (args, message) => {
    const { code, stdout, stderr } = newReport(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run new');
    expect(readdirSync(out)).toEqual([realReport]);
  });

  it('should write today in Brussels when no time is given', () => {
    const brussels = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
    const before = brussels.format(new Date());
    const { code } = runScript('new.ts', ['5', 'Vandaag', '--out', out], { NEW_REPORT_NOW: '' });
    const after = brussels.format(new Date());
    expect(code).toBe(0);
    const updated = /^updated: (.+)$/m.exec(readFileSync(path.join(out, '5-vandaag.md'), 'utf8'))?.[1];
    expect([before, after]).toContain(updated);
  });
});

describe('npm run new with --agreement', () => {
  /** The site's content folder, a copy of the fixture. */
  let content: string;
  beforeEach(() => {
    content = path.join(out, 'content');
    cpSync(path.join(fixturesDir, 'sites/cli-two-agreements'), content, { recursive: true });
  });
  const reports = (id: string) => readdirSync(path.join(content, 'agreements', id, 'reports')).sort();
  const newIn = (args: string[]) => runScript('new.ts', [...args, '--content', content], now);
  const before = { '2019-2024': ['1-3-activering.md'], '2024-2029': ['1-3-activering.md', '2-1-werk-en-zorg.md'] };

  it("should write into that agreement's reports folder", () => {
    const { code, stdout, stderr } = newIn(['3.2', 'Betaalbaar wonen', '--theme', 'wonen', '--agreement', '2024-2029']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = path.join(content, 'agreements/2024-2029/reports/3-2-betaalbaar-wonen.md');
    expect(stdout).toContain(`wrote ${file}\n`);
    expect(stdout).toContain('1 file checked: 1 error, 0 warnings.');
    expect(reports('2024-2029')).toEqual([...before['2024-2029'], '3-2-betaalbaar-wonen.md']);
    expect(reports('2019-2024')).toEqual(before['2019-2024']);
  });

  it('should refuse a section only when a report of the same agreement covers it', () => {
    const taken = newIn(['2.1', 'Werk', '--agreement', '2024-2029']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain(
      `section 2.1 is already covered by ${path.join(content, 'agreements/2024-2029/reports/2-1-werk-en-zorg.md')}`,
    );
    expect(newIn(['2.1', 'Werk', '--agreement', '2019-2024']).code).toBe(0);
    expect(reports('2019-2024')).toEqual([...before['2019-2024'], '2-1-werk.md']);
  });

  it('should refuse an agreement the site does not hold, name those it holds, and suggest the closest', () => {
    const { code, stdout, stderr } = newIn(['3.2', 'Wonen', '--agreement', '2024-2092']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `new: --agreement "2024-2092": ${content}/agreements/ holds no such agreement; did you mean "2024-2029"? The site holds "2019-2024", "2024-2029".`,
    );
    expect([reports('2019-2024'), reports('2024-2029')]).toEqual(Object.values(before));
  });

  it('should ask which agreement on a site with several, unless --out says where to write', () => {
    const { code, stdout, stderr } = newIn(['3.2', 'Wonen']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `new: this site holds several agreements (${content}/agreements/): name one with --agreement, one of "2019-2024", "2024-2029"`,
    );
    expect([reports('2019-2024'), reports('2024-2029')]).toEqual(Object.values(before));

    const drafts = path.join(out, 'concepten');
    expect(newIn(['3.2', 'Wonen', '--out', drafts]).code).toBe(0);
    expect(readdirSync(drafts)).toEqual(['3-2-wonen.md']);
  });

  it("should take the id of a site's one agreement, and refuse any other", () => {
    expect(newReport(['2.10', 'Betaalbaar wonen', '--agreement', '2019-2024']).code).toBe(0);
    const { code, stderr } = newReport(['2.11', 'Huren', '--agreement', '2024-2029']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'new: --agreement "2024-2029": this site holds one agreement, "2019-2024", in content/reports/; leave --agreement out, or, to hold several, npm run migrate moves it into content/agreements/2019-2024/',
    );
    expect(readdirSync(out).sort()).toEqual([realReport, '2-10-betaalbaar-wonen.md', 'content']);
  });
});
