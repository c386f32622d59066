import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { siteFiles } from '../helpers/site.ts';

/** Runs a script as `npm run` would, with its peak memory in MiB (tests/helpers/peak-memory.ts). */
function measured(script: string, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './tests/helpers/peak-memory.ts', `scripts/${script}`, ...args],
    { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, GITHUB_ACTIONS: '' } },
  );
  const kib = Number(/peak-memory-kib (\d+)/.exec(result.stderr)?.[1]);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, peakMiB: Math.round(kib / 1024) };
}

// The site must stay light however large the agreement: 4,000 reports that
// cite 150,000 decisions. This builds such a site once (about a minute).
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-budget-'));
const output = path.join(scratch, 'site');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('page budgets for 4,000 reports citing 150,000 decisions', () => {
  let sizes: Map<string, number>;
  let validate: ReturnType<typeof measured>;
  let build: ReturnType<typeof measured>;
  beforeAll(() => {
    const content = path.join(scratch, 'content');
    mkdirSync(path.join(content, 'reports'), { recursive: true });
    for (const file of syntheticCorpus(4000, 150_000)) {
      writeFileSync(path.join(content, 'reports', file.name), file.text);
    }
    validate = measured('validate.ts', [path.join(content, 'reports')]);
    build = measured('build.ts', ['--content', content, '--output', output]);
    if (build.code !== 0) throw new Error(build.stdout + build.stderr);
    sizes = new Map(siteFiles(output).map((file) => [file, statSync(path.join(output, file)).size]));
  });

  it('should validate and build them without a finding, in bounded memory', () => {
    // Recorded in the test output: about 0.55 GiB (this thread and one more
    // compiling) and 0.7 GiB (pages written 250 at a time) on the 2-core
    // machine of docs/performance.md (bare Eleventy on the same files:
    // 0.45 GiB). The bounds catch a leak, not a few percent.
    console.log(`peak memory at 4,000 reports: validate ${validate.peakMiB} MiB, build ${build.peakMiB} MiB`);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toBe('4000 files checked: 0 errors, 0 warnings.\n');
    expect(build.stdout).not.toMatch(/: (error|warning): /);
    expect(build.stdout).toContain(`build: 4000 reports written to ${output}/`);
    expect(validate.peakMiB).toBeLessThan(1024);
    expect(build.peakMiB).toBeLessThan(1024);
  });

  it('should build every report and split the decisions index by year and page', () => {
    expect([...sizes.keys()].filter((f) => f.startsWith('rapporten/'))).toHaveLength(4000);
    expect(sizes.has('beslissingen/2021/index.html')).toBe(true);
    expect(sizes.has('beslissingen/2021/2/index.html')).toBe(true);
  });

  it('should keep every page under 200 KB of HTML', () => {
    const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 3);
    expect(largest[0]![1], `largest: ${JSON.stringify(largest)}`).toBeLessThan(200 * 1024);
  });

  it('should keep every report page under 60 KB', () => {
    const reports = [...sizes].filter(([file]) => file.startsWith('rapporten/'));
    expect(Math.max(...reports.map(([, size]) => size))).toBeLessThan(60 * 1024);
  });
});
