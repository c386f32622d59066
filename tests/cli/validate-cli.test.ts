import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const findingLine =
  /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning): (?<message>.+) \((?<rule>[a-z-]+)\)$/;

function findings(stdout: string) {
  return stdout
    .split('\n')
    .map((line) => findingLine.exec(line)?.groups)
    .filter((groups) => groups !== undefined);
}

describe('npm run validate', () => {
  it('should exit 0 on the shipped content and print its two warnings and a summary', () => {
    const { code, stdout, stderr } = runScript('validate.ts', []);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(findings(stdout).map((f) => [f.file, f.severity, f.rule])).toEqual([
      ['content/reports/1-3-activering-stimuleren.md', 'warning', 'reference-untitled'],
      ['content/reports/1-3-activering-stimuleren.md', 'warning', 'reference-untitled'],
    ]);
    expect(stdout.trim().split('\n').at(-1)).toBe('1 file checked: 0 errors, 2 warnings.');
  });

  it('should exit 1 on errors and print file:line:column, severity, message and rule', () => {
    const { code, stdout } = runScript('validate.ts', ['tests/fixtures/invalid/section-unquoted-number.md']);
    expect(code).toBe(1);
    expect(findings(stdout)).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/invalid/section-unquoted-number.md',
        line: '4',
        column: '12',
        severity: 'error',
        rule: 'section-not-a-string',
      }),
    ]);
    expect(stdout).toContain('hint: write section: "2.10"');
  });

  it('should exit 0 when there are only warnings', () => {
    expect(runScript('validate.ts', ['tests/fixtures/invalid/reference-unused.md']).code).toBe(0);
  });

  it('should print only a JSON array on stdout with --format json', () => {
    const { code, stdout } = runScript('validate.ts', [
      '--format',
      'json',
      'tests/fixtures/invalid/citation-unknown-reference.md',
    ]);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as Record<string, unknown>[];
    expect(parsed).toEqual([
      {
        file: 'tests/fixtures/invalid/citation-unknown-reference.md',
        line: 19,
        column: 45,
        severity: 'error',
        rule: 'citation-unknown-reference',
        message: 'citation [12] does not match any reference: there is no reference with id 12',
        hint: 'add a reference with id: 12, or use one of the ids 0–1',
      },
    ]);
    const warnings = runScript('validate.ts', ['--format', 'json', 'tests/fixtures/invalid/reference-unused.md']);
    expect(warnings.code).toBe(0);
    expect(JSON.parse(warnings.stdout)).toMatchObject([{ severity: 'warning', rule: 'reference-unused', line: 12 }]);
  });

  it('should add GitHub workflow annotations when GITHUB_ACTIONS=true', () => {
    const { stdout } = runScript('validate.ts', ['tests/fixtures/invalid/citation-unknown-reference.md'], {
      GITHUB_ACTIONS: 'true',
    });
    const annotation = stdout.split('\n').find((line) => line.startsWith('::'));
    expect(annotation).toMatch(
      /^::error file=tests\/fixtures\/invalid\/citation-unknown-reference\.md,line=19,col=45,title=citation-unknown-reference::citation \[12\] /,
    );
  });

  it('should keep stdout pure JSON with --format json on GitHub Actions', () => {
    const { stdout, stderr } = runScript(
      'validate.ts',
      ['--format', 'json', 'tests/fixtures/invalid/citation-unknown-reference.md'],
      { GITHUB_ACTIONS: 'true' },
    );
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stderr).toContain('::error file=');
  });

  it('should validate every Markdown file in a folder and check sections across them', () => {
    const { code, stdout } = runScript('validate.ts', ['tests/fixtures/sets/section-duplicate']);
    expect(code).toBe(1);
    expect(findings(stdout).map((f) => f.rule)).toEqual(['section-duplicate', 'section-duplicate']);
  });

  it.each([
    [['--format', 'xml'], '--format must be text or json'],
    [['--frmat', 'json'], "Unknown option '--frmat'"],
    [['no/such/folder'], 'no such file or folder: no/such/folder'],
    [['tests/fixtures/config'], 'no Markdown (.md) files in tests/fixtures/config'],
  ])('should exit 2 with a usage message for %j', (args, message) => {
    const { code, stdout, stderr } = runScript('validate.ts', args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run validate');
  });

  it('should report a broken site config at its line and exit 1', () => {
    const { code, stdout } = runScript('validate.ts', ['--config', 'tests/fixtures/config/base-url-not-a-url.yaml']);
    expect(code).toBe(1);
    expect(findings(stdout).map((f) => [f.file, f.line, f.rule])).toEqual([
      ['tests/fixtures/config/base-url-not-a-url.yaml', '2', 'config-invalid'],
    ]);
  });

  it('should never print a stack trace, whatever the input', () => {
    for (const fixture of ['empty-file.md', 'front-matter-is-a-list.md', 'yaml-tab-indentation.md']) {
      const { stdout, stderr } = runScript('validate.ts', [`tests/fixtures/invalid/${fixture}`]);
      expect(stdout + stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
  });
});

describe('npm run validate on a site with several agreements', () => {
  const site = 'tests/fixtures/sites/cli-two-agreements';
  const newer = `${site}/agreements/2024-2029/reports/1-3-activering.md`;
  const scratch = mkdtempSync(path.join(tmpdir(), 'validate-agreements-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('should check every agreement of the folder of --config, each report against its own term', () => {
    const { code, stdout, stderr } = runScript('validate.ts', ['--config', `${site}/site.yaml`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // 1.3 in both agreements is no duplicate, and 2024-2029's report continues 2019-2024's.
    expect(findings(stdout)).toEqual([
      expect.objectContaining({
        file: newer,
        line: '18',
        column: '11',
        severity: 'warning',
        rule: 'reference-outside-term',
        message: 'decision of 2023-05-12 is older than this agreement, which starts on 2024-10-01',
      }),
    ]);
    expect(stdout.trim().split('\n').at(-1)).toBe('3 files checked: 0 errors, 1 warning.');
  });

  it("should give a file named its agreement's term, and not look for a continued section in files not named", () => {
    const { code, stdout } = runScript('validate.ts', ['--config', `${site}/site.yaml`, newer]);
    expect(code).toBe(0);
    expect(findings(stdout).map((f) => [f.file, f.line, f.rule])).toEqual([[newer, '18', 'reference-outside-term']]);
    expect(stdout.trim().split('\n').at(-1)).toBe('1 file checked: 0 errors, 1 warning.');
  });

  it('should report a wrong agreement.yaml and a redirect to an agreement the site does not hold', () => {
    const content = path.join(scratch, 'content');
    cpSync(path.join(fixturesDir, 'sites/cli-two-agreements'), content, { recursive: true });
    writeFileSync(path.join(content, 'site.yaml'), 'siteName: Testmonitor\nredirectOldAddressesTo: "2019-2042"\n');
    const later = path.join(content, 'agreements/2029-2034');
    mkdirSync(later);
    writeFileSync(path.join(later, 'agreement.yaml'), 'name: Later\nperiod:\n  start: 2029-10-01\n  end: 2029-01-01\n');
    const { code, stdout } = runScript('validate.ts', [
      '--format',
      'json',
      '--config',
      path.join(content, 'site.yaml'),
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ file: path.join(content, 'agreements/2024-2029/reports/1-3-activering.md'), line: 18 }),
      expect.objectContaining({ file: path.join(later, 'agreement.yaml'), line: 4, rule: 'agreement-invalid' }),
      expect.objectContaining({
        file: path.join(content, 'site.yaml'),
        line: 2,
        rule: 'config-invalid',
        hint: 'did you mean "2019-2024"?',
      }),
    ]);
  });
});
