import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

// A test run from inside a git hook must not reach this project's own repository or index.
for (const key of Object.keys(process.env)) if (key.startsWith('GIT_')) delete process.env[key];

const report = 'content/reports/1-3-activering-stimuleren.md';
const good = readFileSync(path.join(projectRoot, report), 'utf8');
const broken = good.replace('section: "1.3"', 'section: 1.30');

let repo: string;

function git(...args: string[]) {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Redactie', '-c', 'user.email=redactie@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
  return { code: result.status, output: result.stdout + result.stderr };
}

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

const preCommit = () => runScript('pre-commit.ts', [], {}, repo);

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'pre-commit-'));
  // Git hooks and commands resolve the libraries from the working directory.
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(repo, 'node_modules'));
  git('init', '-q');
  write(report, good);
  git('add', report);
  git('commit', '-q', '--no-verify', '-m', 'Eerste rapport');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the pre-commit check', () => {
  it('should stop a broken staged report even when the working copy is fine', () => {
    write(report, broken);
    git('add', report);
    write(report, good);
    const { code, stdout, stderr } = preCommit();
    expect(code).toBe(1);
    expect(stdout).toContain(`${report}:4:12: error: \`agreement.section\` must be a quoted string`);
    expect(stdout).toContain('(section-not-a-string)');
    expect(stdout).toContain('1 file checked: 1 error, 2 warnings.');
    expect(stderr).toContain('Commit stopped');
  });

  it('should let a good staged report through, warnings and all, even when the working copy is broken', () => {
    write(report, good.replace('updated: 2024-03-01', 'updated: 2024-04-01'));
    git('add', report);
    write(report, broken);
    const { code, stdout, stderr } = preCommit();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('1 file checked: 0 errors, 2 warnings.');
  });

  it('should check a staged report beside the others, and report only on the staged one', () => {
    const copy = 'content/reports/1-3-kopie.md';
    write(copy, good);
    git('add', copy);
    const { code, stdout } = preCommit();
    expect(code).toBe(1);
    expect(stdout).toContain(`${copy}:4:12: error: section 1.3 is also covered by ${report}:4 (section-duplicate)`);
    expect(stdout.split('\n').filter((line) => line.startsWith(report))).toEqual([]);
  });

  it('should say nothing and pass when no content is staged', () => {
    write('README.md', 'Iets anders');
    git('add', 'README.md');
    write(report, broken);
    expect(preCommit()).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('should check a staged site config and the reports against it', () => {
    write('content/site.yaml', 'referenceHosts: [example.org]\n');
    git('add', 'content/site.yaml');
    const { code, stdout } = preCommit();
    expect(code).toBe(1);
    expect(stdout).toContain('(reference-url-host)');
  });

  it('should exit 2 outside a git repository', () => {
    rmSync(path.join(repo, '.git'), { recursive: true, force: true });
    const { code, stderr } = preCommit();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pre-commit: .*not a git repository/i);
  });

  it('should run as the hook in .githooks: git commit stops on the broken report and goes on once it is fixed', () => {
    // The hook runs `node scripts/run.mjs pre-commit` from the top of the working tree.
    symlinkSync(path.join(projectRoot, 'scripts'), path.join(repo, 'scripts'));
    const hooks = ['-c', `core.hooksPath=${path.join(projectRoot, '.githooks')}`];
    write(report, broken);
    git('add', report);
    const refused = git(...hooks, 'commit', '-m', 'Kapot');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('(section-not-a-string)');
    write(report, good.replace('updated: 2024-03-01', 'updated: 2024-04-01'));
    git('add', report);
    const accepted = git(...hooks, 'commit', '-q', '-m', 'Hersteld');
    expect(accepted.output).toContain('0 errors, 2 warnings');
    expect(accepted.code).toBe(0);
  });
});

describe('the pre-commit check on a site with several agreements', () => {
  const site = path.join(fixturesDir, 'sites/cli-two-agreements');
  const older = 'content/agreements/2019-2024';
  const newer = 'content/agreements/2024-2029';
  beforeEach(() => {
    git('rm', '-q', '-r', 'content/reports');
    cpSync(site, path.join(repo, 'content'), { recursive: true });
    git('add', 'content');
    git('commit', '-q', '--no-verify', '-m', 'Twee akkoorden');
  });

  it("should check a staged report against its agreement's term, beside the reports of its agreement only", () => {
    const copy = `${newer}/reports/1-3-kopie.md`;
    write(copy, readFileSync(path.join(site, 'agreements/2019-2024/reports/1-3-activering.md'), 'utf8'));
    git('add', copy);
    const { code, stdout } = preCommit();
    expect(code).toBe(1);
    expect(stdout).toContain(
      `${copy}:4:12: error: section 1.3 is also covered by ${newer}/reports/1-3-activering.md:4 (section-duplicate)`,
    );
    expect(stdout).toContain(
      `${copy}:11:11: warning: decision of 2020-03-13 is older than this agreement, which starts on 2024-10-01 (reference-outside-term)`,
    );
    expect(stdout).toContain('1 file checked: 1 error, 1 warning.');
  });

  it('should check a staged agreement.yaml, and the reports of its agreement against the term it gives', () => {
    const file = `${newer}/agreement.yaml`;
    const text = readFileSync(path.join(repo, file), 'utf8');
    write(file, text.replace('start: 2024-10-01', 'start: 2025-01-01'));
    git('add', file);
    const moved = preCommit();
    expect(moved.code).toBe(0);
    const report = `${newer}/reports/1-3-activering.md`;
    expect(moved.stdout).toContain(`${report}:14:11: warning: decision of 2024-10-15 is older than this agreement`);
    expect(moved.stdout).toContain(`${report}:18:11: warning: decision of 2023-05-12 is older than this agreement`);
    expect(moved.stdout).toContain('3 files checked: 0 errors, 2 warnings.');

    write(file, text.replace('start: 2024-10-01', 'start: 2024-10-01\n  end: 2024-01-01'));
    git('add', file);
    const broken = preCommit();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`${file}:5:8: error: the term ends on 2024-01-01, before it starts on 2024-10-01`);
  });

  it('should stop a report staged in an agreement folder without agreement.yaml', () => {
    const report = 'content/agreements/2029-2034/reports/1-3-activering.md';
    write(report, readFileSync(path.join(repo, older, 'reports/1-3-activering.md'), 'utf8'));
    git('add', report);
    const { code, stdout } = preCommit();
    expect(code).toBe(1);
    expect(stdout).toContain(
      'content/agreements/2029-2034:1:1: error: the agreement folder content/agreements/2029-2034 has no agreement.yaml in this commit (agreement-file-missing)',
    );
  });
});
