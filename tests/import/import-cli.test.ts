import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const fixtures = 'tests/fixtures/import';
const reportName = '1-3-activering-stimuleren.md';
const temporary: string[] = [];

/** A fresh output folder outside the project; removed after each test. */
function outputFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
  temporary.push(folder);
  return folder;
}

function runImport(...args: string[]) {
  return runScript('import.ts', args);
}

afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// Each case starts one or two processes, and tsx compiles the script at each start.
describe('npm run import', { timeout: 20_000 }, () => {
  it('should import the good files of a batch, name the broken one and what it misses, and exit 1', () => {
    const out = outputFolder();
    const { code, stdout, stderr } = runImport(
      `${fixtures}/real-example.md`,
      `${fixtures}/broken/no-references-block.md`,
      `${fixtures}/two-digit-section.md`,
      '--out',
      out,
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${fixtures}/broken/no-references-block.md:1:1: error: the references block \`<details><summary>Referenties</summary> … </details>\` is missing (import-references-missing)\n` +
        '    hint: the older format ends with a `<details>` block of references, even when it lists none\n',
    );
    expect(readdirSync(out).sort()).toEqual(['1-3-activering-stimuleren.md', '2-10-activering-stimuleren.md']);
    expect(stdout).toContain(`wrote ${out}/${reportName} (from ${fixtures}/real-example.md)\n`);
    expect(stdout).toContain(
      '    themes suggested by keywords: activering (activering, inactieven), integratie (integratie, migratieachtergrond), arbeidsmarkt (arbeidsmarkt, VDAB), opleiding (competenties)\n',
    );
    expect(stdout).toContain('2 files checked: 0 errors, 4 warnings.\n');
    expect(stdout.trim().split('\n').at(-1)).toBe(`Imported 2 of 3 files into ${out}; 1 file could not be imported.`);
  });

  it('should import a folder, print the validator findings for the new files, and exit 0', () => {
    const input = outputFolder();
    writeFileSync(path.join(input, 'legacy.md'), readFileSync(path.join(projectRoot, fixtures, 'real-example.md')));
    const out = path.join(outputFolder(), 'reports');
    const { code, stdout, stderr } = runImport(input, '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      `${out}/${reportName}:68:9: warning: reference 10 has no \`title\` and no \`url\`; readers see only its date (reference-untitled)\n`,
    );
    expect(stdout).toContain(`${out}/${reportName}:174:9: warning: reference 37 has no`);
    expect(stdout).toContain('1 file checked: 0 errors, 2 warnings.\n');
    expect(stdout.trim().split('\n').at(-1)).toBe(`Imported 1 of 1 file into ${out}.`);
  });

  it('should report a citation without reference at its line in the new file', () => {
    const out = outputFolder();
    const { code, stdout } = runImport(`${fixtures}/citation-without-reference.md`, '--out', out);
    expect(code).toBe(0);
    const written = readFileSync(path.join(out, reportName), 'utf8').split('\n');
    const line = written.findIndex((l) => l.includes('\\[5\\]')) + 1;
    const column = written[line - 1]!.indexOf('\\[5\\]') + 1;
    expect(line).toBeGreaterThan(0);
    expect(stdout).toContain(
      `${out}/${reportName}:${line}:${column}: error: citation [5] does not match any reference: there is no reference with id 5 (citation-unknown-reference)\n`,
    );
    expect(stdout).toContain('1 file checked: 1 error, 2 warnings.\n');
  });

  it('should say so when no theme is suggested, and let the validator ask for one', () => {
    const out = outputFolder();
    const { code, stdout } = runImport(`${fixtures}/no-theme-keywords.md`, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '    no theme suggested: no keyword of content/site.yaml is in the title or agreement text; add themes by hand, or import again with --theme\n',
    );
    expect(stdout).toMatch(/7-2-sportinfrastructuur\.md:\d+:9: error: .*\(themes-required\)/);
  });

  it('should give every report the themes of --theme', () => {
    const out = outputFolder();
    const { code, stdout } = runImport(
      `${fixtures}/no-theme-keywords.md`,
      '--theme',
      'sport',
      '--theme',
      'Vrije tijd',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('    themes (from --theme): sport, Vrije tijd\n');
    expect(readFileSync(path.join(out, '7-2-sportinfrastructuur.md'), 'utf8')).toContain(
      '\nthemes: [sport, Vrije tijd]\n',
    );
  });

  it('should never overwrite an existing report without --force, and overwrite it with --force', () => {
    const out = outputFolder();
    const target = path.join(out, reportName);
    writeFileSync(target, 'edited by hand\n');
    const refused = runImport(`${fixtures}/real-example.md`, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${fixtures}/real-example.md:1:1: error: ${target} exists already and was left as it is (import-target-exists)\n` +
        '    hint: import again with --force to overwrite it, or move the existing report aside first\n',
    );
    expect(readFileSync(target, 'utf8')).toBe('edited by hand\n');

    const forced = runImport(`${fixtures}/real-example.md`, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`replaced ${target} (from ${fixtures}/real-example.md)\n`);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: Activering stimuleren\n/);
  });

  it('should refuse a second file of the same import that would write the same report', () => {
    const out = outputFolder();
    const { code, stderr } = runImport(`${fixtures}/real-example.md`, `${fixtures}/crlf.md`, '--out', out);
    expect(code).toBe(1);
    // Inputs are imported in sorted order, so crlf.md comes first.
    expect(stderr).toContain(
      `${fixtures}/real-example.md:1:1: error: ${out}/${reportName} is already the report of ${fixtures}/crlf.md in this import (import-target-exists)`,
    );
    expect(readdirSync(out)).toEqual([reportName]);
  });

  it('should write nothing with --dry-run and print what it would write', () => {
    const out = path.join(outputFolder(), 'reports');
    const dry = runImport(`${fixtures}/real-example.md`, '--out', out, '--dry-run');
    expect(dry.code).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(dry.stdout.trim().split('\n').at(-1)).toBe(`Would import 1 of 1 file into ${out}.`);

    expect(runImport(`${fixtures}/real-example.md`, '--out', out).code).toBe(0);
    const written = readFileSync(path.join(out, reportName), 'utf8');
    expect(dry.stdout).toContain(`would write ${out}/${reportName} (from ${fixtures}/real-example.md):\n${written}\n`);
  });

  it('should write byte-identical files when the same input is imported twice', () => {
    const out = outputFolder();
    const inputs = [`${fixtures}/real-example.md`, `${fixtures}/two-digit-section.md`];
    expect(runImport(...inputs, '--out', out).code).toBe(0);
    const first = readdirSync(out).map((name) => readFileSync(path.join(out, name)));
    expect(runImport(...inputs, '--out', out, '--force').code).toBe(0);
    const second = readdirSync(out).map((name) => readFileSync(path.join(out, name)));
    expect(second).toHaveLength(2);
    second.forEach((bytes, index) => expect(bytes.equals(first[index]!)).toBe(true));
  });

  it('should check a new report against the reports already in the output folder', () => {
    const out = outputFolder();
    mkdirSync(path.join(out, 'ouder'));
    const existing = path.join(out, 'ouder', '1-3-activering.md');
    writeFileSync(existing, readFileSync(path.join(projectRoot, 'content/reports', reportName)));
    const { code, stdout } = runImport(`${fixtures}/real-example.md`, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `${out}/${reportName}:4:12: error: section 1.3 is also covered by ${existing}:4 (section-duplicate)`,
    );
    expect(stdout).not.toContain(`${existing}:4:12:`);
  });

  it.each([
    [[], 'name the files or folders to import'],
    [['--frce', `${fixtures}/real-example.md`], "Unknown option '--frce'"],
    [['no/such/file.md'], 'no such file or folder: no/such/file.md'],
    [[`${fixtures}/real-example.md`, '--theme', ' '], '--theme needs a theme name'],
    [[`${fixtures}/real-example.md`, '--out', `${fixtures}/real-example.md`], '--out must be a folder'],
  ])('should exit 2 with a usage message for %j', (args, message) => {
    const { code, stdout, stderr } = runImport(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run import');
  });
});

describe('npm run import with --agreement', { timeout: 20_000 }, () => {
  /** A copy of the two-agreement site; its config names the content folder. */
  function site() {
    const content = path.join(outputFolder(), 'content');
    cpSync(path.join(fixturesDir, 'sites/cli-two-agreements'), content, { recursive: true });
    const reports = (id: string) => path.join(content, 'agreements', id, 'reports');
    return { config: path.join(content, 'site.yaml'), content, reports };
  }

  it("should write into the agreement's reports folder and check the reports against its term", () => {
    const { config, reports } = site();
    const input = `${fixtures}/no-theme-keywords.md`;
    const newer = runImport(input, '--theme', 'sport', '--agreement', '2024-2029', '--config', config);
    expect(newer.stderr).toBe('');
    expect(newer.code).toBe(0);
    const file = path.join(reports('2024-2029'), '7-2-sportinfrastructuur.md');
    expect(newer.stdout).toContain(
      `${file}:10:11: warning: decision of 2022-03-04 is older than this agreement, which starts on 2024-10-01 (reference-outside-term)\n`,
    );
    expect(newer.stdout.trim().split('\n').at(-1)).toBe(`Imported 1 of 1 file into ${reports('2024-2029')}.`);

    const older = runImport(input, '--theme', 'sport', '--agreement', '2019-2024', '--config', config);
    expect(older.code).toBe(0);
    expect(older.stdout).toContain('1 file checked: 0 errors, 0 warnings.\n');
    expect(readdirSync(reports('2019-2024')).sort()).toEqual(['1-3-activering.md', '7-2-sportinfrastructuur.md']);
  });

  it('should check a new report beside the reports of its own agreement only', () => {
    const { config, reports } = site();
    const { code, stdout } = runImport(
      `${fixtures}/real-example.md`,
      '--theme',
      'werk',
      '--agreement',
      '2024-2029',
      '--config',
      config,
    );
    expect(code).toBe(0);
    const existing = path.join(reports('2024-2029'), '1-3-activering.md');
    expect(stdout).toContain(
      `${path.join(reports('2024-2029'), reportName)}:4:12: error: section 1.3 is also covered by ${existing}:4 (section-duplicate)`,
    );
    expect(stdout).not.toContain(reports('2019-2024'));
  });

  it.each([
    [[], 'import: this site holds several agreements'],
    [
      ['--agreement', '2019-2042'],
      'holds no such agreement; did you mean "2019-2024"? The site holds "2019-2024", "2024-2029".',
    ],
  ])('should refuse %j on a site with several agreements, and write nothing', (args, message) => {
    const { config, reports } = site();
    const { code, stdout, stderr } = runImport(`${fixtures}/real-example.md`, ...args, '--config', config);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(readdirSync(reports('2024-2029')).sort()).toEqual(['1-3-activering.md', '2-1-werk-en-zorg.md']);
  });

  it("should refuse an id other than that of a site's one agreement", () => {
    const { code, stderr } = runImport(`${fixtures}/real-example.md`, '--agreement', '2024-2029');
    expect(code).toBe(2);
    expect(stderr).toContain(
      'import: --agreement "2024-2029": this site holds one agreement, "2019-2024", in content/reports/',
    );
  });
});
