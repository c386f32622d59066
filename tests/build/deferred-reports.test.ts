import { mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../scripts/lib/compile-sources.ts';
import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { defaultConfig } from '../helpers/fixtures.ts';

// A build first needs only the findings (to see that nothing changed); the
// rendered reports in the cache are read when the model is made.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'monitor-deferred-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const sources = syntheticCorpus(3, 30).map((file) => ({ file: `content/reports/${file.name}`, text: file.text }));
const options = { render: true, cacheDir, threads: 1 } as const;

describe('reports read from the cache only when asked for', () => {
  it('should give the findings at once and the same reports as a compile when asked', async () => {
    const fresh = await compileSources(sources, defaultConfig, options);
    const cached = await compileSources(sources, defaultConfig, options);
    expect(cached.fingerprint).toBe(fresh.fingerprint);
    expect(cached.compiled.map((c) => c.report)).toEqual([undefined, undefined, undefined]);
    expect(cached.compiled.map((c) => c.diagnostics)).toEqual(fresh.compiled.map((c) => c.diagnostics));
    expect(cached.withReports()).toEqual(fresh.compiled);
  });

  it('should stop with a plain sentence when the cache was emptied in between', async () => {
    const cached = await compileSources(sources, defaultConfig, options);
    const entries = path.join(cacheDir, 'reports', readdirSync(path.join(cacheDir, 'reports'))[0]!);
    for (const name of readdirSync(entries)) if (name.endsWith('.report')) unlinkSync(path.join(entries, name));
    expect(() => cached.withReports()).toThrow(
      /^the cache entry of content\/reports\/1-1-synthetisch\.md went missing during the build; run the build again$/,
    );
  });
});
