import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../src/build/compile-sources.ts';
import type { ModelReport } from '../../src/model/report-page.ts';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { defaultConfig } from '../helpers/fixtures.ts';

// A build first needs only the findings (to see that nothing changed); the
// rendered reports in the cache are read when the model is made. Reports
// compiled now are put in the cache and read back the same way, so that the
// compile never holds them all.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'monitor-deferred-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const sources = syntheticCorpus(3, 30).map((file) => ({ file: `content/reports/${file.name}`, text: file.text }));
const options = { render: true, cacheDir, threads: 1 } as const;
// The bodies, read when asked for, compared as text.
const read = (reports: (ModelReport | undefined)[]) =>
  reports.map((report) => report && { ...report, body: report.body() });

describe('reports read from the cache only when asked for', () => {
  it('should give the findings at once and the same reports as a compile without cache when asked', async () => {
    const uncached = await compileSources(sources, defaultConfig, { render: true, threads: 1 });
    expect(uncached.compiled.every((c) => c.report !== undefined)).toBe(true);
    // Compiled now, into the cache; then read from it.
    for (const run of [1, 2]) {
      const cached = await compileSources(sources, defaultConfig, options);
      expect(cached.fingerprint, `run ${run}`).toBe(uncached.fingerprint);
      expect(cached.compiled.map((c) => c.report)).toEqual([undefined, undefined, undefined]);
      expect(cached.compiled.map((c) => c.diagnostics)).toEqual(uncached.compiled.map((c) => c.diagnostics));
      expect(read(await cached.withReports())).toEqual(read(await uncached.withReports()));
    }
  });

  it('should keep whole the reports of a process that keeps them in memory', async () => {
    const memory = new Map();
    const kept = await compileSources(sources, defaultConfig, { ...options, cacheDir: `${cacheDir}-memory`, memory });
    rmSync(`${cacheDir}-memory`, { recursive: true, force: true });
    expect(kept.compiled.every((c) => c.report !== undefined)).toBe(true);
    expect(read(await kept.withReports())).toEqual(
      read(await (await compileSources(sources, defaultConfig, { render: true, threads: 1 })).withReports()),
    );
    expect(memory.size).toBe(3);
  });

  it('should compile again, and write anew, the entries emptied or damaged in between', async () => {
    const uncached = read(
      await (await compileSources(sources, defaultConfig, { render: true, threads: 1 })).withReports(),
    );
    const cached = await compileSources(sources, defaultConfig, options);
    const entries = path.join(cacheDir, 'reports', readdirSync(path.join(cacheDir, 'reports'))[0]!);
    const names = () => readdirSync(entries).filter((name) => name.endsWith('.entry'));
    // The bodies, read last (when the pages are written): gone with their entries, then cut short.
    const reports = await cached.withReports();
    for (const name of names()) unlinkSync(path.join(entries, name));
    expect(reports[1]!.body()).toBe(uncached[1]!.body);
    expect(names()).toHaveLength(1);
    for (const name of names()) {
      // An entry is [u32][findings][u32][report][body] (src/build/cache-entries.ts): the body cut short.
      const bytes = readFileSync(path.join(entries, name));
      const reportAt = 4 + bytes.readUInt32LE(0);
      const bodyAt = reportAt + 4 + bytes.readUInt32LE(reportAt);
      writeFileSync(path.join(entries, name), Buffer.concat([bytes.subarray(0, bodyAt), Buffer.from('<p>Half')]));
    }
    expect(reports[1]!.body()).toBe(uncached[1]!.body);
    for (const name of names()) unlinkSync(path.join(entries, name));
    expect(read(await cached.withReports())).toEqual(uncached);
    // Every entry whole again: read, and none written anew.
    const identity = () =>
      readdirSync(entries).map((name) => {
        const stat = statSync(path.join(entries, name));
        return [name, stat.ino, stat.mtimeMs, stat.size];
      });
    const before = identity();
    expect(read(await (await compileSources(sources, defaultConfig, options)).withReports())).toEqual(uncached);
    expect(identity()).toEqual(before);
  });
});
