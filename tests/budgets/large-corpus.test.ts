import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { runScript } from '../helpers/run.ts';
import { siteFiles } from '../helpers/site.ts';

// The site must stay light however large the agreement: 4,000 reports that
// cite 150,000 decisions. This builds such a site once (about a minute).
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-budget-'));
const output = path.join(scratch, 'site');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('page budgets for 4,000 reports citing 150,000 decisions', () => {
  let sizes: Map<string, number>;
  beforeAll(() => {
    const content = path.join(scratch, 'content');
    mkdirSync(path.join(content, 'reports'), { recursive: true });
    for (const file of syntheticCorpus(4000, 150_000)) {
      writeFileSync(path.join(content, 'reports', file.name), file.text);
    }
    const result = runScript('build.ts', ['--content', content, '--output', output]);
    if (result.code !== 0) throw new Error(result.stdout + result.stderr);
    sizes = new Map(siteFiles(output).map((file) => [file, statSync(path.join(output, file)).size]));
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
