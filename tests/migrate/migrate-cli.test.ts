import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLayout } from '../../src/build/content-layout.ts';
import { parseAgreementFile } from '../../src/load/agreement-file.ts';
import { parseConfig } from '../../src/load/config.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const report = '1-3-activering-stimuleren.md';
const term = ['--start', '2019-10-02', '--end', '2024-09-30'];

let site: string;
beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'migrate-'));
  cpSync(path.join(projectRoot, 'content'), path.join(site, 'content'), { recursive: true });
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** Runs the command in the copy, as an editor would from the project's folder. */
const migrate = (args: string[]) => runScript('migrate.ts', args, {}, site);
const read = (relative: string) => readFileSync(path.join(site, relative), 'utf8');

/** Every file and folder under the copy, with each file's text: what a refusal must leave alone. */
function tree(): Record<string, string> {
  const entries = readdirSync(site, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries.map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return [path.relative(site, full), entry.isDirectory() ? '(folder)' : readFileSync(full, 'utf8')];
    }),
  );
}

describe('npm run migrate', () => {
  it('should move the shipped reports and agreement into agreements/<id>/ and point the old addresses there', () => {
    const original = read(`content/reports/${report}`);
    // Whatever else is in reports/ moves along with it.
    mkdirSync(path.join(site, 'content/reports/concepten'));
    writeFileSync(path.join(site, 'content/reports/concepten/notities.txt'), 'nog uit te werken');

    const { code, stdout, stderr } = migrate(['--agreement', '2019-2024', ...term, '--government', 'Regering-Jambon']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'moved content/reports/ to content/agreements/2019-2024/reports/ (1 report)',
        'wrote content/agreements/2019-2024/agreement.yaml: "Vlaams Regeerakkoord 2019-2024", from 2019-10-02 to 2024-09-30',
        'rewrote content/site.yaml: agreement: and chapters: taken out, redirectOldAddressesTo: "2019-2024" added',
        'The old addresses (/rapporten/…, /hoofdstukken/…) will lead to the new ones under /2019-2024/ once the site is built.',
        'Next: npm run validate, then npm run build; commit the moved files (git add -A content).',
        '',
      ].join('\n'),
    );

    const files = Object.keys(tree()).sort();
    expect(files).toEqual(
      [
        'content',
        'content/agreements',
        'content/agreements/2019-2024',
        'content/agreements/2019-2024/agreement.yaml',
        'content/agreements/2019-2024/reports',
        `content/agreements/2019-2024/reports/${report}`,
        'content/agreements/2019-2024/reports/concepten',
        'content/agreements/2019-2024/reports/concepten/notities.txt',
        'content/over.md',
        'content/site.yaml',
      ].map((file) => file.split('/').join(path.sep)),
    );
    expect(read(`content/agreements/2019-2024/reports/${report}`)).toBe(original);
    expect(read('content/agreements/2019-2024/reports/concepten/notities.txt')).toBe('nog uit te werken');

    const agreement = parseAgreementFile('agreement.yaml', read('content/agreements/2019-2024/agreement.yaml'));
    expect(agreement.diagnostics).toEqual([]);
    expect(agreement.agreement).toEqual({
      name: 'Vlaams Regeerakkoord 2019-2024',
      government: 'Regering-Jambon',
      period: { start: '2019-10-02', end: '2024-09-30' },
      chapters: {},
    });
    const { config, diagnostics } = parseConfig('site.yaml', read('content/site.yaml'));
    expect(diagnostics).toEqual([]);
    expect(config?.redirectOldAddressesTo).toBe('2019-2024');
    expect(config?.siteName).toBe('Regeerakkoordmonitor');

    // The build finds one agreement, under its own address.
    const layout = readLayout(path.join(site, 'content'), config!);
    expect(layout.diagnostics).toEqual([]);
    expect(layout.several).toBe(true);
    expect(layout.agreements.map((folder) => folder.agreement.path)).toEqual(['/2019-2024/']);
  });

  it('should print the moves and both new files with --dry-run, and change nothing', () => {
    const before = tree();
    const { code, stdout, stderr } = migrate(['--agreement', '2019-2024', ...term, '--dry-run']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(tree()).toEqual(before);
    expect(stdout).toMatch(/^Dry run: nothing is moved or written.\n/);
    expect(stdout).toContain('would move content/reports/ to content/agreements/2019-2024/reports/ (1 report)\n');
    expect(stdout).toContain('\ncontent/agreements/2019-2024/agreement.yaml would be:\n');
    expect(stdout).toContain('\n    name: Vlaams Regeerakkoord 2019-2024\n    period:\n      start: 2019-10-02\n');
    expect(stdout).toContain('\ncontent/site.yaml would be:\n');
    expect(stdout).toContain('\n    redirectOldAddressesTo: "2019-2024"\n');
    expect(stdout).toContain('Run the same command without --dry-run to migrate.');
  });

  it('should make a site.yaml with just the new setting when there is none', () => {
    rmSync(path.join(site, 'content/site.yaml'));
    const { code, stdout } = migrate(['--agreement', '2019-2024', ...term]);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote content/site.yaml: redirectOldAddressesTo: "2019-2024"\n');
    expect(parseConfig('site.yaml', read('content/site.yaml')).config?.redirectOldAddressesTo).toBe('2019-2024');
    expect(
      parseAgreementFile('agreement.yaml', read('content/agreements/2019-2024/agreement.yaml')).agreement?.name,
    ).toBe('Regeerakkoord');
  });

  it('should work on the content folder named by --content', () => {
    cpSync(path.join(site, 'content'), path.join(site, 'inhoud'), { recursive: true });
    const { code, stdout } = migrate(['--agreement', 'jambon', '--start', '2019-10-02', '--content', 'inhoud']);
    expect(code).toBe(0);
    expect(stdout).toContain('(git add -A inhoud)');
    expect(read(`inhoud/agreements/jambon/reports/${report}`)).toBe(read(`content/reports/${report}`));
  });
});

describe('npm run migrate: refusals', () => {
  const refused = (args: string[]) => {
    const before = tree();
    const result = migrate(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(tree()).toEqual(before);
    return result.stderr;
  };

  it('should refuse to migrate a site a second time', () => {
    expect(migrate(['--agreement', '2019-2024', ...term]).code).toBe(0);
    expect(refused(['--agreement', '2019-2024', ...term])).toBe(
      'migrate: content/agreements exists already: this site holds several agreements, and migrate is for a site that holds one\n',
    );
  });

  it('should refuse a site that holds both reports/ and agreements/, and say what to move', () => {
    mkdirSync(path.join(site, 'content/agreements'));
    expect(refused(['--agreement', '2019-2024', ...term])).toBe(
      'migrate: content holds both reports/ and agreements/, so it holds several agreements already; ' +
        'move content/reports/ by hand into the folder of its agreement, as content/agreements/<id>/reports/\n',
    );
  });

  it('should refuse a content folder without reports/', () => {
    rmSync(path.join(site, 'content/reports'), { recursive: true });
    expect(refused(['--agreement', '2019-2024', ...term])).toContain(
      'content/reports/ does not exist, so there are no reports to move',
    );
  });

  it('should refuse an id the site uses itself', () => {
    expect(refused(['--agreement', 'hoofdstukken', ...term])).toContain(
      'the agreement id "hoofdstukken" is an address the site uses itself (/hoofdstukken/)',
    );
  });

  it('should refuse a site.yaml with errors, and print them', () => {
    writeFileSync(path.join(site, 'content/site.yaml'), 'siteName: Monitor\nbaseUrl: example.org\n');
    const stderr = refused(['--agreement', '2019-2024', ...term]);
    expect(stderr).toMatch(/^content\/site\.yaml:2:10: error: .*baseUrl/);
    expect(stderr).toContain('\nmigrate: content/site.yaml has errors; correct them, then run migrate again\n');
  });
});

describe('npm run migrate: bad usage', () => {
  it.each([
    [['--agreement', '2019-2024'], '--start is required: the first day of the term'],
    [['--start', '2019-10-02'], '--agreement is required'],
    [['--agreement', '2019-2024', '--start', '2019-02-30'], '--start must be a real day'],
    [['--agreement', '2019-2024', ...term, '--ende', '2024-09-30'], "Unknown option '--ende'"],
    [['--agreement', '2019-2024', ...term, 'content'], "Unexpected argument 'content'"],
  ])('should exit 2 with the usage for %j', (args, message) => {
    const before = tree();
    const { code, stdout, stderr } = migrate(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run migrate -- --agreement <id> --start YYYY-MM-DD');
    expect(tree()).toEqual(before);
  });
});
