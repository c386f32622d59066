import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../src/build/compile-sources.ts';
import { readConfig, readStoredReports } from '../../src/build/content-files.ts';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import type { ModelReport } from '../../src/model/report-page.ts';
import { runScript } from '../helpers/run.ts';
import { folderSnapshot } from '../helpers/snapshot.ts';

// A cache that CI restores in part, or that a full disk cut short, must never
// break a build: a damaged entry is a miss wherever it is read. Each entry
// has three parts in one file (the findings, the report, the body), and the
// build folder has a record; each is damaged here in each of these ways,
// different reports in different ways, and the build must give the bytes of
// a build without cache.
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-damaged-'));
const content = path.join(scratch, 'content');
const cacheDir = path.join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Damage = 'truncated' | 'emptied' | 'garbage' | 'wrong' | 'deleted';
const damages: Damage[] = ['truncated', 'emptied', 'garbage', 'wrong', 'deleted'];

/** Bytes that look random but are the same on every run. */
function garbage(length: number, seed: string): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; blocks.length * 32 < length; i++) blocks.push(createHash('sha256').update(`${seed}${i}`).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

/** Damages a file; `wrong` is something well-formed that is not what belongs there. */
function damage(file: string, how: Damage, wrong: () => Buffer): void {
  const bytes = readFileSync(file);
  if (how === 'truncated') writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
  else if (how === 'emptied') writeFileSync(file, '');
  else if (how === 'garbage') writeFileSync(file, garbage(bytes.length, file));
  else if (how === 'wrong') writeFileSync(file, wrong());
  else unlinkSync(file);
}

type Part = 'check' | 'report' | 'body';

/**
 * Where each part of an entry is, from the lengths in front of the first
 * two (src/build/cache-entries.ts): [u32][findings][u32][report][body].
 */
function partsOf(bytes: Buffer): Record<Part, [number, number]> {
  const reportAt = 4 + bytes.readUInt32LE(0);
  const bodyAt = reportAt + 4 + bytes.readUInt32LE(reportAt);
  return { check: [4, reportAt], report: [reportAt + 4, bodyAt], body: [bodyAt, bytes.length] };
}

/** An entry's part, as its bytes. */
function partOf(entry: string, part: Part): Buffer {
  const bytes = readFileSync(entry);
  const [start, end] = partsOf(bytes)[part];
  return bytes.subarray(start, end);
}

/**
 * Damages one part of an entry as `damage` damages a file: cut short in that
 * part, emptied, overwritten with garbage or with something well-formed that
 * is not this entry's, or the entry deleted.
 */
function damagePart(entry: string, part: Part, how: Damage, wrong: () => Buffer): void {
  const bytes = readFileSync(entry);
  const [start, end] = partsOf(bytes)[part];
  const length = (n: number) => {
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(n);
    return prefix;
  };
  // The part replaced by `middle`, with its length in front of it where it has one.
  const replaced = (middle: Buffer) =>
    part === 'body'
      ? Buffer.concat([bytes.subarray(0, start), middle])
      : Buffer.concat([bytes.subarray(0, start - 4), length(middle.length), middle, bytes.subarray(end)]);
  if (how === 'truncated') writeFileSync(entry, bytes.subarray(0, start + ((end - start) >> 1)));
  else if (how === 'emptied') writeFileSync(entry, replaced(Buffer.alloc(0)));
  else if (how === 'garbage') writeFileSync(entry, replaced(garbage(end - start, `${entry}${part}`)));
  else if (how === 'wrong') writeFileSync(entry, replaced(wrong()));
  else unlinkSync(entry);
}

/** The cache's entries folder (one per code version) and its keys, sorted. */
function entries(): { folder: string; keys: string[] } {
  const versions = readdirSync(path.join(cacheDir, 'reports'));
  expect(versions).toHaveLength(1);
  const folder = path.join(cacheDir, 'reports', versions[0]!);
  const keys = [...new Set(readdirSync(folder).map((name) => name.replace(/\..*$/, '')))].sort();
  return { folder, keys };
}

/** Each entry file's identity and when it was written: an entry written anew changes. */
function identities(): Record<string, string> {
  const { folder } = entries();
  return Object.fromEntries(
    readdirSync(folder).map((name) => {
      const stat = statSync(path.join(folder, name));
      return [name, `${stat.ino}:${stat.mtimeMs}:${stat.size}`];
    }),
  );
}

function build(output: string, ...args: string[]) {
  const result = runScript('build.ts', ['--content', content, '--output', path.join(scratch, output), ...args], {
    MONITOR_CACHE_DIR: cacheDir,
  });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  return result.stdout;
}

// The bodies, read when asked for, compared as text.
const read = (reports: (ModelReport | undefined)[]) =>
  reports.map((report) => report && { ...report, body: report.body() });

let reference: Record<string, string>;
beforeAll(() => {
  mkdirSync(path.join(content, 'reports'), { recursive: true });
  // With an address, so that the build has nothing to warn about.
  writeFileSync(path.join(content, 'site.yaml'), 'baseUrl: https://example.org/\n');
  for (const file of syntheticCorpus(16, 160)) writeFileSync(path.join(content, 'reports', file.name), file.text);
  build('reference', '--no-cache');
  reference = folderSnapshot(path.join(scratch, 'reference'));
  // The cache and the build record that the tests damage.
  build('site');
});

describe('a damaged cache entry, found between the findings and the model', () => {
  // First in this file: nothing is compiled in this process yet, so the
  // parsers are loaded when the model reads the cache and finds the damage.
  it('should give the reports and bodies of a compile without cache, and write the entries anew', async () => {
    const stored = readStoredReports([path.join(content, 'reports')]).sources;
    const { config } = readConfig(path.join(content, 'site.yaml'));
    const options = { render: true, cacheDir, threads: 1 } as const;
    const { folder, keys } = entries();
    const entry = (i: number) => path.join(folder, `${keys[i]}.entry`);
    // Another report's part: well-formed, and not this report's.
    const other = (part: Part) => () => partOf(entry(0), part);
    const damageParts = (shift: number) => {
      damages.forEach((how, i) => {
        damagePart(entry(i + shift), 'report', how, other('report'));
        damagePart(entry(i + shift + 5), 'body', how, other('body'));
      });
    };
    for (const shift of [1, 6]) {
      // Every entry is in the cache: the findings alone, the reports read when asked for.
      const cached = await compileSources(stored, config!, options);
      expect(cached.compiled.every((c) => c.report === undefined)).toBe(true);
      damageParts(shift);
      const reports = read(await cached.withReports());
      const uncached = await compileSources(stored, config!, { render: true, threads: 1 });
      expect(reports).toEqual(read(await uncached.withReports()));
      // Written anew: read again, nothing is compiled or written.
      const before = identities();
      expect(read(await (await compileSources(stored, config!, options)).withReports())).toEqual(reports);
      expect(identities()).toEqual(before);
    }
  });

  it('should keep whole, in a process that keeps reports in memory, the reports compiled again', async () => {
    const stored = readStoredReports([path.join(content, 'reports')]).sources;
    const { config } = readConfig(path.join(content, 'site.yaml'));
    const { folder, keys } = entries();
    damages.forEach((how, i) => {
      damagePart(path.join(folder, `${keys[i]}.entry`), 'report', how, () => serialize({}));
      damagePart(path.join(folder, `${keys[i + 5]}.entry`), 'body', how, () => Buffer.from('<p>Een andere tekst.</p>'));
    });
    const memory = new Map();
    const kept = await compileSources(stored, config!, { render: true, cacheDir, threads: 1, memory });
    const uncached = await compileSources(stored, config!, { render: true, threads: 1 });
    expect(read(await kept.withReports())).toEqual(read(await uncached.withReports()));
    expect([...memory.values()]).toEqual(uncached.compiled);
  });
});

describe('a build from a damaged cache', () => {
  // A record cut short or of the wrong shape is no record: the build is a full one.
  const damageRecord = (how: Damage) => {
    const folder = path.join(cacheDir, 'builds');
    const [name] = readdirSync(folder);
    const file = path.join(folder, name!);
    damage(file, how, () => {
      const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return Buffer.from(JSON.stringify({ ...record, pages: Object.keys(record.pages as object) }));
    });
  };

  /** A build after the damage, one that reads every entry, and one that finds nothing changed. */
  const buildAndCheck = (afterwards: Damage[]) => {
    expect(build('site')).toMatch(/^build: 16 reports written to /m);
    expect(folderSnapshot(path.join(scratch, 'site'))).toEqual(reference);
    // Every entry was written anew: a full build reads them all and writes none.
    for (const how of afterwards) {
      const before = identities();
      damageRecord(how);
      expect(build('site')).not.toMatch(/unchanged pages kept/);
      expect(folderSnapshot(path.join(scratch, 'site'))).toEqual(reference);
      expect(identities()).toEqual(before);
    }
    expect(build('site')).toMatch(/nothing changed since the previous build/);
  };

  it('should write the bytes of a build without cache when reports and bodies are damaged in every way', () => {
    const { folder, keys } = entries();
    const entry = (key: string) => path.join(folder, `${key}.entry`);
    const other = (part: Part) => () => partOf(entry(keys.at(-1)!), part);
    damages.forEach((how, i) => {
      damagePart(entry(keys[i]!), 'report', how, other('report'));
      damagePart(entry(keys[i + 5]!), 'body', how, other('body'));
    });
    damageRecord('truncated');
    buildAndCheck(['garbage']);
  }, 120_000);

  it('should write the bytes of a build without cache when findings, reports and bodies are damaged in every way', () => {
    const { folder, keys } = entries();
    const entry = (key: string) => path.join(folder, `${key}.entry`);
    damages.forEach((how, i) => {
      damagePart(entry(keys[i + 10]!), 'check', how, () => serialize(42));
      damagePart(entry(keys[i + 5]!), 'report', how, () => serialize({ rendered: {}, data: {}, file: 'x' }));
      damagePart(entry(keys[i]!), 'body', how, () => Buffer.from(' '.repeat(100)));
    });
    damageRecord('emptied');
    buildAndCheck(['wrong', 'deleted']);
  }, 120_000);
});
