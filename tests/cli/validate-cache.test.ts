import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

// The validator keeps what it found per file by content; an edit must show at once.
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-validate-cache-'));
const reports = path.join(scratch, 'reports');
const report = path.join(reports, '4-kort.md');
const cache = { MONITOR_CACHE_DIR: path.join(scratch, 'cache') };
cpSync(path.join(fixturesDir, 'sites/two-reports/reports'), reports, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const validate = (...args: string[]) => runScript('validate.ts', [reports, ...args], cache);

describe('npm run validate with its cache', () => {
  it('should print, from the cache, exactly what a check from scratch prints', () => {
    const fresh = validate('--no-cache');
    const first = validate();
    const cached = validate();
    expect(first).toEqual(fresh);
    expect(cached).toEqual(fresh);
  });

  it('should find an error made after the first run, and forget it once fixed', () => {
    const original = readFileSync(report, 'utf8');
    writeFileSync(report, original.replace(/^title: (.*)$/m, 'title: $1\nstatus: klaar'));
    const broken = validate('--format', 'json');
    expect(broken.code).toBe(1);
    expect((JSON.parse(broken.stdout) as { rule: string }[]).map((d) => d.rule)).toContain('status-unknown');
    writeFileSync(report, original);
    expect(validate().code).toBe(0);
  });
});
