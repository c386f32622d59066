import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareEleventy } from '../../src/bench/bare-eleventy.ts';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { siteFiles } from '../helpers/site.ts';

/** Runs a script as `npm run` would, with its peak memory in MiB (tests/helpers/peak-memory.mjs). */
function measured(script: string, args: string[]) {
  return measuredNode(['--import', 'tsx', `scripts/${script}`, ...args]);
}

function measuredNode(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', './tests/helpers/peak-memory.mjs', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  const kib = Number(/peak-memory-kib (\d+)/.exec(result.stderr)?.[1]);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, peakMiB: Math.round(kib / 1024) };
}

// The site must stay light however large the agreement: 4,000 reports that
// cite 150,000 decisions. This builds such a site once (about a minute), and
// the same files with bare Eleventy, the benchmark's reference.
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-budget-'));
const output = path.join(scratch, 'site');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('page budgets for 4,000 reports citing 150,000 decisions', () => {
  let sizes: Map<string, number>;
  let validate: ReturnType<typeof measured>;
  let build: ReturnType<typeof measured>;
  let bare: ReturnType<typeof measured>;
  beforeAll(() => {
    const content = path.join(scratch, 'content');
    mkdirSync(path.join(content, 'reports'), { recursive: true });
    const files = syntheticCorpus(4000, 150_000);
    for (const file of files) writeFileSync(path.join(content, 'reports', file.name), file.text);
    bare = measuredNode(bareEleventy(path.join(scratch, 'bare'), files)(path.join(scratch, 'bare-site')));
    if (bare.code !== 0) throw new Error(bare.stdout + bare.stderr);
    validate = measured('validate.ts', [path.join(content, 'reports')]);
    build = measured('build.ts', ['--content', content, '--output', output]);
    if (build.code !== 0) throw new Error(build.stdout + build.stderr);
    sizes = new Map(siteFiles(output).map((file) => [file, statSync(path.join(output, file)).size]));
  });

  it('should validate and build them without a finding, in no more memory than bare Eleventy', () => {
    // The benchmark's memory bound: the peak of bare Eleventy building the
    // same files (about 450 MiB on the 2-core machine of docs/performance.md).
    // Cold validation (two threads compiling) and the cold build (pages
    // written 250 at a time; the search index runs as a process of its own)
    // were about 360 and 410 MiB there.
    const figures = `validate ${validate.peakMiB} MiB, build ${build.peakMiB} MiB, bare Eleventy ${bare.peakMiB} MiB`;
    console.log(`peak memory at 4,000 reports: ${figures}`);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toBe('4000 files checked: 0 errors, 0 warnings.\n');
    expect(build.stdout).not.toMatch(/: (error|warning): /);
    expect(build.stdout).toContain(`build: 4000 reports written to ${output}/`);
    expect(validate.peakMiB, figures).toBeLessThanOrEqual(bare.peakMiB);
    expect(build.peakMiB, figures).toBeLessThanOrEqual(bare.peakMiB);
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
